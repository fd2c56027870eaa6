namespace ParkShare.Web.Sharing.Links;

/// <summary>Openings of a link within one second: when, a coarse device, the network (never the full address), how many.</summary>
public sealed record ShareViewDto(DateTimeOffset At, string Device, string? Network, int Count);
