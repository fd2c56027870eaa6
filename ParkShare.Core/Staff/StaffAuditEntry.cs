using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Staff;

/// <summary>One entry of the staff log: who did what to whom, when. Written with the change it records.</summary>
public sealed class StaffAuditEntry
{
    public const int MaxUserLength = 256;
    public const int MaxDetailsLength = 500;

    private StaffAuditEntry()
    {
        ActorUserId = ActorName = Subject = Details = string.Empty;
    }

    internal StaffAuditEntry(ConsoleActor actor, DateTime atUtc, StaffAuditKind kind, string? subjectUserId, string subject, string details)
    {
        Id = Guid.CreateVersion7();
        AtUtc = atUtc;
        ActorUserId = Clip(actor.UserId, MaxUserLength);
        ActorName = Clip(actor.DisplayName, MaxUserLength);
        Kind = kind;
        SubjectUserId = subjectUserId;
        Subject = Clip(subject, MaxUserLength);
        Details = Clip(details, MaxDetailsLength);
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorUserId { get; private set; }

    /// <summary>The actor's name at the time, so the log reads the same after a rename.</summary>
    public string ActorName { get; private set; }

    public StaffAuditKind Kind { get; private set; }

    /// <summary>The staff account acted on; null while an invite has no account yet.</summary>
    public string? SubjectUserId { get; private set; }

    /// <summary>Whom it was done to, as "Name &lt;email&gt;" at the time.</summary>
    public string Subject { get; private set; }

    /// <summary>E.g. the lot's name or "Operator → Admin"; never a token or password.</summary>
    public string Details { get; private set; }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..(max - 1)] + "…";
    }
}
