namespace ParkShare.Core.Occupancy;

/// <summary>One item of a feed batch as delivered: a space by code or id, its state, when, and which device saw it.</summary>
public sealed record OccupancyObservation(string? Space, string? SpaceId, bool? Occupied, DateTimeOffset? ObservedAt, string? Source);
