using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// A row of spaces: <see cref="Origin"/> is the front-left corner of the first space, the row runs
/// along <see cref="AngleDegrees"/> (0 = east) and the spaces extend <see cref="Depth"/> to its left.
/// </summary>
public sealed record RowSpec(
    Point2 Origin,
    double AngleDegrees,
    int Count,
    double Width = 2.5,
    double Depth = 5.3,
    int StartNumber = 1,
    string Prefix = "",
    double Gap = 0,
    Guid? ZoneId = null,
    SpaceKind Kind = SpaceKind.Standard);
