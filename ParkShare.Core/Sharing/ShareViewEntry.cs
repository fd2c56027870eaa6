namespace ParkShare.Core.Sharing;

/// <summary>A view waiting in memory for the background writer.</summary>
public sealed record ShareViewEntry(Guid ShareLinkId, DateTime AtUtc, string Device, string? Network);
