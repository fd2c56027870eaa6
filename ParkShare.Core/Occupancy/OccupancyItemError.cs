namespace ParkShare.Core.Occupancy;

/// <summary>Why item <see cref="Index"/> of a batch was refused; <see cref="Value"/> is the offending input (e.g. the unknown code).</summary>
public sealed record OccupancyItemError(int Index, string Field, OccupancyItemErrorKind Kind, string? Value);
