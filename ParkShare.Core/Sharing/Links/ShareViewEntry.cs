namespace ParkShare.Core.Sharing.Links;

/// <summary>A view waiting in memory for the background writer.</summary>
public sealed record ShareViewEntry(Guid ShareLinkId, DateTime AtUtc, string Device, string? Network);
