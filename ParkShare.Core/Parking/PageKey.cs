namespace ParkShare.Core.Parking;

/// <summary>
/// A keyset position in a list ordered by a time and then an id: the last row of the previous
/// page. Lists continue strictly after it, so rows inserted meanwhile never shift a page.
/// </summary>
public readonly record struct PageKey(DateTime AtUtc, Guid Id);
