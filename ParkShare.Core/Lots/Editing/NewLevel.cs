namespace ParkShare.Core.Lots.Editing;

/// <summary>A new level: its name (B3), floor ordinal (-3) and an initial rectangular outline in metres.</summary>
public sealed record NewLevel(string? Name, int Ordinal, double WidthMeters, double DepthMeters);
