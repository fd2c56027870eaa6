using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

/// <summary>Small drafts for editor rule tests: a 60 × 40 m level with zone A, an elevator and an aisle at y = 10.</summary>
internal static class Drafts
{
    public static LevelDraft Empty() => new(Guid.NewGuid(), Guid.NewGuid(), "B4", 0, Polygon2.Rectangle(0, 0, 60, 40), [], [], [], [], []);

    public static LevelDraft WithZoneAndAisle()
    {
        var draft = Empty().AddZone(Square(0, 0, 60, 40)).AddLandmark(LandmarkKind.Elevator, new Point2(2, 10));
        return draft.AddWalkway(new Point2(2, 10), new Point2(58, 10));
    }

    public static Point2[] Square(double x0, double y0, double x1, double y1) =>
        [new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1)];

    public static Guid[] Ids(this LevelDraft draft) => [.. draft.Spaces.Select(s => s.Id)];
}
