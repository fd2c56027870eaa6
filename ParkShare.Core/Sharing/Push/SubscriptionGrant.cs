namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// One accepted wx.requestSubscribeMessage for one template: it allows exactly one subscribe
/// message, so it is used up in the transaction that marks that message sent.
/// </summary>
public sealed class SubscriptionGrant
{
    public const int MaxTemplateIdLength = 64;

    private SubscriptionGrant()
    {
        TemplateId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DriverId { get; private set; }

    public string TemplateId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public static SubscriptionGrant Accepted(Guid driverId, string templateId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        DriverId = driverId,
        TemplateId = templateId,
        CreatedAtUtc = nowUtc,
    };

    public bool Use(DateTime nowUtc)
    {
        if (UsedAtUtc is not null)
        {
            return false;
        }

        UsedAtUtc = nowUtc;
        return true;
    }
}
