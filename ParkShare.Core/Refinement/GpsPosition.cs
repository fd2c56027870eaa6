namespace ParkShare.Core.Refinement;

/// <summary>A WGS84 fix with its accuracy radius in metres and, optionally, the level the driver says.</summary>
public sealed record GpsPosition(double Lat, double Lng, double? Accuracy, string? LevelHint) : BasicPosition;
