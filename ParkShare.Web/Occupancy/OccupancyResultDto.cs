namespace ParkShare.Web.Occupancy;

/// <summary>How many observations changed a space, and how many were not newer than the state already held.</summary>
public sealed record OccupancyResultDto(int Applied, int IgnoredAsOlder);
