namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// A view waiting in memory for the background writer. <see cref="Counted"/> views (of links with a
/// view limit) were already counted in the database when they were allowed; the writer only logs them.
/// </summary>
public sealed record ShareViewEntry(Guid ShareLinkId, DateTime AtUtc, string Device, string? Network, bool Counted = false);
