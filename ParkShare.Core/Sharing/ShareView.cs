namespace ParkShare.Core.Sharing;

/// <summary>One opening of a share link as its owner sees it: when, and a coarse device; never a full IP address.</summary>
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

    public static ShareView Of(Guid shareLinkId, DateTime atUtc, string device, string? network) => new()
    {
        ShareLinkId = shareLinkId,
        AtUtc = atUtc,
        Device = device.Length > MaxDeviceLength ? device[..MaxDeviceLength] : device,
        Network = network,
    };
}
