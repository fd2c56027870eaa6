namespace ParkShare.Core.Lots.Editing;

/// <summary>A landmark a connector may stop at: it stands at a walkway node of its level.</summary>
public sealed record LandmarkChoice(Guid Id, Guid LevelId, string LevelName, int LevelOrdinal, LandmarkKind Kind, string Name);
