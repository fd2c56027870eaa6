using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>A space as the editor holds it; <see cref="Id"/> is the stored space's id when it has one.</summary>
public sealed record SpaceDraft(Guid Id, Guid? ZoneId, string Code, int? Number, string Label, Polygon2 Polygon, SpaceKind Kind, bool Reservable)
{
    /// <summary>The middle of the first edge: the side that faces the aisle, where walkways meet the space.</summary>
    public Point2 Front => new((Polygon.Points[0].X + Polygon.Points[1].X) / 2, (Polygon.Points[0].Y + Polygon.Points[1].Y) / 2);
}
