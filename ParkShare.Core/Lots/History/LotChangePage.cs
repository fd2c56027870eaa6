namespace ParkShare.Core.Lots.History;

/// <summary>One page of a lot's history, newest first, and how many entries there are in all.</summary>
public sealed record LotChangePage(IReadOnlyList<LotChange> Items, int Total);
