namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>A level's floor plan without its pixels: what the editor needs to draw and align it.</summary>
public sealed record FloorPlanInfo(
    Guid LevelId,
    int Width,
    int Height,
    string ContentType,
    string ContentHash,
    DateTime UploadedAtUtc,
    string UploadedBy,
    FloorPlanTransform Transform,
    double Opacity);
