namespace ParkShare.Core.Lots.Editing;

/// <summary>The copied level, or why the copy was refused (with the colliding codes).</summary>
public sealed record LevelCopy(Level? Level, LotEditError Error, IReadOnlyList<string> Collisions);
