namespace ParkShare.Core.Lots.History;

/// <summary>One entry of a lot's history: who changed what, when. Written with the change it records.</summary>
public sealed class LotChange
{
    public const int MaxSummaryLength = 500;
    public const int MaxUserLength = 256;

    private LotChange()
    {
        UserId = UserName = Summary = string.Empty;
    }

    internal LotChange(Guid lotId, ConsoleActor actor, DateTime atUtc, LotChangeKind kind, string summary)
    {
        Id = Guid.CreateVersion7();
        LotId = lotId;
        UserId = Clip(actor.UserId, MaxUserLength);
        UserName = Clip(actor.DisplayName, MaxUserLength);
        AtUtc = atUtc;
        Kind = kind;
        Summary = Clip(summary, MaxSummaryLength);
    }

    public Guid Id { get; private set; }

    public Guid LotId { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The display name at the time of the change, so the history reads the same after a rename or deletion.</summary>
    public string UserName { get; private set; }

    public DateTime AtUtc { get; private set; }

    public LotChangeKind Kind { get; private set; }

    public string Summary { get; private set; }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..(max - 1)] + "…";
    }
}
