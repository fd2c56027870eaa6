namespace ParkShare.Reliability.Crash;

/// <summary>What one write's client knows: acknowledged (2xx), refused (4xx: must have left nothing), or unknown (no answer).</summary>
internal enum Outcome
{
    Unknown,
    Acked,
    Refused,
}

/// <summary>A parking record as the client wrote it: the create (its note is the op id), its moves, shares and end.</summary>
internal sealed class RecordLedger(string opId, int driver, string friendId, string code)
{
    public string OpId { get; } = opId;

    public int Driver { get; } = driver;

    public string FriendId { get; } = friendId;

    public string InitialCode { get; } = code;

    public Outcome Created { get; set; }

    public Guid? Id { get; set; }

    /// <summary>Every move attempted, in order, with its outcome.</summary>
    public List<(string Code, Outcome Outcome)> Moves { get; } = [];

    public int ShareAttempts { get; set; }

    public List<Guid> AckedShares { get; } = [];

    public Outcome Ended { get; set; } = Outcome.Refused;

    /// <summary>The code the host stores for what the driver typed.</summary>
    public static string Canonical(string code) => code == "负二层C区20号" ? "B2-C-020" : code;

    /// <summary>The codes the record may show: the last acknowledged one, or any attempted after it without an answer.</summary>
    public HashSet<string> AllowedCodes()
    {
        var last = Moves.FindLastIndex(m => m.Outcome == Outcome.Acked);
        var allowed = new HashSet<string>(StringComparer.Ordinal) { Canonical(last < 0 ? InitialCode : Moves[last].Code) };
        foreach (var (c, o) in Moves.Skip(last + 1))
        {
            if (o == Outcome.Unknown)
            {
                allowed.Add(Canonical(c));
            }
        }

        return allowed;
    }
}

/// <summary>A reservation as the client wrote it.</summary>
internal sealed class ReservationLedger(string opId, int driver, string spaceId, DateTimeOffset startsAt, DateTimeOffset endsAt)
{
    public string OpId { get; } = opId;

    public int Driver { get; } = driver;

    public string SpaceId { get; } = spaceId;

    public DateTimeOffset StartsAt { get; } = startsAt;

    public DateTimeOffset EndsAt { get; } = endsAt;

    public Outcome Created { get; set; }

    public Guid? Id { get; set; }

    public Outcome Cancelled { get; set; } = Outcome.Refused;
}

/// <summary>Every write of the run, shared by the workers (guarded by its own lock).</summary>
internal sealed class Ledger
{
    public object Gate { get; } = new();

    public List<RecordLedger> Records { get; } = [];

    public List<ReservationLedger> Reservations { get; } = [];

    public int AckedWrites;

    public int UnknownWrites;

    public int RefusedWrites;
}
