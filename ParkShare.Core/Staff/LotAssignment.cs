namespace ParkShare.Core.Staff;

/// <summary>An operator may see and edit a lot an Admin assigned them.</summary>
public sealed class LotAssignment
{
    private LotAssignment()
    {
        UserId = string.Empty;
    }

    public LotAssignment(string userId, Guid lotId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        LotId = lotId;
    }

    public string UserId { get; private set; }

    public Guid LotId { get; private set; }
}
