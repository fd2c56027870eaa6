namespace ParkShare.Core.Lots.Editing;

/// <summary>The outcome of a save: on success the level's new version and what changed; otherwise why nothing was written.</summary>
public sealed record LevelSaveResult(LevelSaveStatus Status, int Version, LevelEditSummary? Summary, IReadOnlyList<DraftIssue> Issues, IReadOnlyList<string> Blockers)
{
    public bool Saved => Status == LevelSaveStatus.Saved;

    internal static LevelSaveResult Refused(LevelSaveStatus status, int version = 0, IReadOnlyList<DraftIssue>? issues = null, IReadOnlyList<string>? blockers = null) =>
        new(status, version, null, issues ?? [], blockers ?? []);
}
