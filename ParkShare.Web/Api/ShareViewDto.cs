namespace ParkShare.Web.Api;

/// <summary>One opening of a link: when, a coarse device, and the network (never the full address).</summary>
public sealed record ShareViewDto(DateTimeOffset At, string Device, string? Network);
