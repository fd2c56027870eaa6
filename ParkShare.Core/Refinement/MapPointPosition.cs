namespace ParkShare.Core.Refinement;

/// <summary>A tap on a level map, in lot-local metres.</summary>
public sealed record MapPointPosition(Guid LevelId, double X, double Y) : BasicPosition;
