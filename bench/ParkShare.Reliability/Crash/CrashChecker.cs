using System.Data.Common;

namespace ParkShare.Reliability.Crash;

/// <summary>
/// The Jepsen-style checks on the database as the crash left it: every acknowledged write present and
/// unchanged, nothing twice, nothing half-written, no double-booked space, no lost outbox message, and
/// (SQLite) PRAGMA integrity_check. Each check counts once per cycle.
/// </summary>
internal static class CrashChecker
{
    public static void Check(DbConnection db, bool sqlite, Ledger ledger, Tally tally, string when)
    {
        if (sqlite)
        {
            var integrity = Scalar(db, "PRAGMA integrity_check");
            tally.Check(integrity == "ok", $"{when}: PRAGMA integrity_check = {integrity}");
        }

        var records = Rows(db, "SELECT \"Id\", \"Note\", \"SpaceCode\", \"EndedAtUtc\" FROM \"ParkingRecords\"")
            .Select(r => (Id: Guid.Parse(r[0]!), Note: r[1], Code: r[2]!, Ended: r[3] is not null)).ToList();
        var reservations = Rows(db, "SELECT \"Id\", \"SpaceId\", \"State\", \"StartsAtUtc\", \"EndsAtUtc\" FROM \"Reservations\"")
            .Select(r => (Id: Guid.Parse(r[0]!), Space: Guid.Parse(r[1]!), State: r[2]!, Starts: long.Parse(r[3]!), Ends: long.Parse(r[4]!))).ToList();
        var shares = Rows(db, "SELECT \"RecordId\" FROM \"ShareLinks\"").Select(r => Guid.Parse(r[0]!)).ToList();
        var outbox = Rows(db, "SELECT \"RecordId\", \"RecipientId\", \"Event\", \"State\" FROM \"OutboxMessages\" WHERE \"RecordId\" IS NOT NULL")
            .Select(r => (Record: Guid.Parse(r[0]!), Recipient: Guid.Parse(r[1]!), Event: r[2]!, State: r[3]!)).ToList();

        List<string> lost = [], twice = [], changed = [], outboxLost = [], outboxTwice = [], refusedPresent = [];
        lock (ledger.Gate)
        {
            foreach (var w in ledger.Records)
            {
                var rows = records.Where(r => r.Note == w.OpId).ToList();
                if (rows.Count > 1)
                {
                    twice.Add($"record {w.OpId} ×{rows.Count}");
                }

                if (rows.Count == 0)
                {
                    if (w.Created == Outcome.Acked)
                    {
                        lost.Add($"record {w.OpId} ({w.Id})");
                    }

                    continue;
                }

                var row = rows[0];
                if (w.Created == Outcome.Refused)
                {
                    refusedPresent.Add($"record {w.OpId}");
                }

                if (w.Created == Outcome.Acked && row.Id != w.Id)
                {
                    changed.Add($"record {w.OpId}: id {row.Id}, acknowledged {w.Id}");
                }

                if (!w.AllowedCodes().Contains(row.Code))
                {
                    changed.Add($"record {w.OpId}: at {row.Code}, expected one of {string.Join('/', w.AllowedCodes())}");
                }

                if ((w.Ended == Outcome.Acked && !row.Ended) || (w.Ended == Outcome.Refused && row.Ended))
                {
                    changed.Add($"record {w.OpId}: ended {row.Ended}, client's end {w.Ended}");
                }

                var shareRows = shares.Count(s => s == row.Id);
                if (shareRows < w.AckedShares.Count)
                {
                    lost.Add($"share of {w.OpId}");
                }

                if (shareRows > w.ShareAttempts)
                {
                    twice.Add($"shares of {w.OpId}: {shareRows} for {w.ShareAttempts} requests");
                }

                // The outbox: one message per event for the chosen friend, each Pending or Sent, none lost, none doubled.
                var friend = Guid.Parse(w.FriendId);
                var mine = outbox.Where(o => o.Record == row.Id && o.Recipient == friend).ToList();
                Expect("RecordCreated", 1, 1);
                var movesAcked = w.Moves.Count(m => m.Outcome == Outcome.Acked);
                Expect("PositionChanged", movesAcked, movesAcked + w.Moves.Count(m => m.Outcome == Outcome.Unknown));
                Expect("RecordEnded", row.Ended ? 1 : 0, row.Ended ? 1 : 0);
                foreach (var o in mine.Where(o => o.State is not ("Pending" or "Sent")))
                {
                    outboxLost.Add($"{w.OpId} {o.Event} {o.State}");
                }

                void Expect(string name, int min, int max)
                {
                    var n = mine.Count(o => o.Event == name);
                    if (n < min)
                    {
                        outboxLost.Add($"{w.OpId} {name}: {n} < {min}");
                    }

                    if (n > max)
                    {
                        outboxTwice.Add($"{w.OpId} {name}: {n} > {max}");
                    }
                }
            }

            foreach (var w in ledger.Reservations)
            {
                var rows = reservations.Where(r => r.Space == Guid.Parse(w.SpaceId) && r.Starts == w.StartsAt.ToUnixTimeMilliseconds() && r.Ends == w.EndsAt.ToUnixTimeMilliseconds()
                    && (w.Id is null || r.Id == w.Id)).ToList();
                if (w.Created == Outcome.Acked)
                {
                    var row = rows.SingleOrDefault();
                    if (row.Id == Guid.Empty)
                    {
                        lost.Add($"reservation {w.OpId} ({w.Id})");
                        continue;
                    }

                    var cancelled = row.State == "Cancelled";
                    if ((w.Cancelled == Outcome.Acked && !cancelled) || (w.Cancelled == Outcome.Refused && cancelled))
                    {
                        changed.Add($"reservation {w.OpId}: {row.State}, client's cancel {w.Cancelled}");
                    }
                }
            }
        }

        // A space holds at most one live reservation at any moment.
        var live = reservations.Where(r => r.State is "Active" or "CheckedIn").ToList();
        var overlaps = live.SelectMany(a => live.Where(b => b.Space == a.Space && a.Id.CompareTo(b.Id) < 0 && a.Starts < b.Ends && b.Starts < a.Ends).Select(b => $"{a.Id}/{b.Id}")).ToList();
        var dupReservations = reservations.GroupBy(r => (r.Space, r.Starts, r.Ends, r.State)).Where(g => g.Count() > 1 && g.Key.State != "Cancelled").Select(g => $"{g.Key} ×{g.Count()}").ToList();

        Report(tally, $"{when}: acknowledged writes lost", lost);
        Report(tally, $"{when}: writes present twice", [.. twice, .. dupReservations]);
        Report(tally, $"{when}: acknowledged writes changed or half-written", changed);
        Report(tally, $"{when}: refused writes present", refusedPresent);
        Report(tally, $"{when}: live overlapping reservations", overlaps);
        Report(tally, $"{when}: outbox messages lost", outboxLost);
        Report(tally, $"{when}: outbox messages doubled", outboxTwice);
        Totals.Lost += lost.Count;
        Totals.Duplicates += twice.Count + dupReservations.Count + outboxTwice.Count;
    }

    private static void Report(Tally tally, string what, List<string> found) =>
        tally.Check(found.Count == 0, $"{what}: {found.Count} ({string.Join(", ", found.Take(5))})");

    private static string? Scalar(DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }

    private static List<string?[]> Rows(DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        List<string?[]> rows = [];
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Run totals for the summary line.</summary>
    internal static class Totals
    {
        public static int Lost;
        public static int Duplicates;
    }
}
