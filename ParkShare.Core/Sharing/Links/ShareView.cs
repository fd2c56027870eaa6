namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// Openings of a share link as its owner sees them: when, a coarse device, the network (never a full
/// IP address), and how many times within that second (a reloading phone is one row, not hundreds).
/// </summary>
public sealed class ShareView
{
    public const int MaxDeviceLength = 48;

    private ShareView()
    {
        Device = string.Empty;
    }

    public long Id { get; private set; }

    public Guid ShareLinkId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Device { get; private set; }

    /// <summary>The network, not the address: an IPv4 /24 or IPv6 /48 prefix.</summary>
    public string? Network { get; private set; }

    public int Count { get; private set; }

    public static ShareView Of(Guid shareLinkId, DateTime atUtc, string device, string? network, int count = 1) => new()
    {
        ShareLinkId = shareLinkId,
        AtUtc = atUtc,
        Device = device.Length > MaxDeviceLength ? device[..MaxDeviceLength] : device,
        Network = network,
        Count = count,
    };
}
