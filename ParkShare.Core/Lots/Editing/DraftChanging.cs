using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Tools that change or remove what is selected in a <see cref="LevelDraft"/>. Ids never change, so stored references stay valid.</summary>
public static class DraftChanging
{
    /// <summary>Moves spaces, zones, the outline (by the level's id), landmarks (with the walkway nodes standing at them) and nodes.</summary>
    public static LevelDraft Move(this LevelDraft draft, IReadOnlyCollection<Guid> ids, double dx, double dy)
    {
        if (!double.IsFinite(dx) || !double.IsFinite(dy))
        {
            throw new DraftEditException("BadNumber");
        }

        Point2 Shift(Point2 p) => new(Math.Round(p.X + dx, 3), Math.Round(p.Y + dy, 3));
        return draft.Transform(ids, p => new Polygon2(p.Points.Select(Shift)), Shift);
    }

    /// <summary>Rotates the selection about the centre of its bounding box.</summary>
    public static LevelDraft Rotate(this LevelDraft draft, IReadOnlyCollection<Guid> ids, double degrees)
    {
        if (!double.IsFinite(degrees))
        {
            throw new DraftEditException("BadNumber");
        }

        if (draft.BoundsOf(ids) is not { } box)
        {
            return draft;
        }

        var about = new Point2((box.MinX + box.MaxX) / 2, (box.MinY + box.MaxY) / 2);
        Point2 Turn(Point2 p) => DraftPolygons.Rounded(p.Rotate(about, degrees));
        return draft.Transform(ids, p => new Polygon2(p.Points.Select(Turn)), Turn);
    }

    /// <summary>Resizes a space by dragging its back-right corner: the front-left corner and the heading stay.</summary>
    public static LevelDraft ResizeSpace(this LevelDraft draft, Guid id, Point2 corner)
    {
        if (draft.Space(id) is not { } space || !corner.IsFinite)
        {
            return draft;
        }

        var p0 = space.Polygon.Points[0];
        var p1 = space.Polygon.Points[1];
        var length = p0.DistanceTo(p1);
        var u = length < 1e-9 ? new Point2(1, 0) : new Point2((p1.X - p0.X) / length, (p1.Y - p0.Y) / length);
        var v = new Point2(-u.Y, u.X);
        var width = Math.Round(((corner.X - p0.X) * u.X) + ((corner.Y - p0.Y) * u.Y), 2);
        var depth = Math.Round(((corner.X - p0.X) * v.X) + ((corner.Y - p0.Y) * v.Y), 2);
        Point2 At(double a, double b) => new(Math.Round(p0.X + (u.X * a) + (v.X * b), 3), Math.Round(p0.Y + (u.Y * a) + (v.Y * b), 3));
        var polygon = new Polygon2([At(0, 0), At(width, 0), At(width, depth), At(0, depth)]);
        return draft.ReplaceSpace(space with { Polygon = polygon });
    }

    public static LevelDraft ReshapeZone(this LevelDraft draft, Guid id, IReadOnlyList<Point2> points) =>
        draft.Zone(id) is { } zone ? draft with { Zones = [.. draft.Zones.Select(z => z.Id == id ? zone with { Polygon = DraftPolygons.Of(points) } : z)] } : draft;

    public static LevelDraft UpdateSpace(this LevelDraft draft, Guid id, string code, string label, SpaceKind kind, bool reservable)
    {
        if (draft.Space(id) is not { } space)
        {
            return draft;
        }

        var trimmed = (code ?? string.Empty).Trim().ToUpperInvariant();
        var number = SpaceCodeNumber(trimmed);
        var followsCode = string.IsNullOrWhiteSpace(label) || (label.Trim() == space.Label && space.Label == space.Code);
        var newLabel = followsCode ? trimmed : label.Trim();
        return draft.ReplaceSpace(space with { Code = trimmed, Number = number, Label = newLabel, Kind = kind, Reservable = reservable });
    }

    public static LevelDraft UpdateZone(this LevelDraft draft, Guid id, string code, string name, string color) =>
        draft.Zone(id) is { } zone
            ? draft with { Zones = [.. draft.Zones.Select(z => z.Id == id ? zone with { Code = (code ?? string.Empty).Trim().ToUpperInvariant(), Name = (name ?? string.Empty).Trim(), Color = color } : z)] }
            : draft;

    public static LevelDraft UpdateLandmark(this LevelDraft draft, Guid id, LandmarkKind kind, string name, string? markerCode) =>
        draft.Landmark(id) is { } landmark
            ? draft with
            {
                Landmarks = [.. draft.Landmarks.Select(l => l.Id == id
                    ? landmark with { Kind = kind, Name = (name ?? string.Empty).Trim(), MarkerCode = string.IsNullOrWhiteSpace(markerCode) ? null : markerCode.Trim().ToUpperInvariant() }
                    : l)],
            }
            : draft;

    /// <summary>Removes the elements; a removed node takes its edges, a removed zone leaves its spaces zoneless.</summary>
    public static LevelDraft Remove(this LevelDraft draft, IReadOnlyCollection<Guid> ids)
    {
        var set = ids.ToHashSet();
        var nodes = draft.Nodes.Where(n => !set.Contains(n.Id)).Select(n => n.LandmarkId is { } l && set.Contains(l) ? n with { LandmarkId = null } : n).ToArray();
        var nodeIds = nodes.Select(n => n.Id).ToHashSet();
        return draft with
        {
            Zones = [.. draft.Zones.Where(z => !set.Contains(z.Id))],
            Spaces = [.. draft.Spaces.Where(s => !set.Contains(s.Id)).Select(s => s.ZoneId is { } z && set.Contains(z) ? s with { ZoneId = null } : s)],
            Landmarks = [.. draft.Landmarks.Where(l => !set.Contains(l.Id))],
            Nodes = nodes,
            Edges = [.. draft.Edges.Where(e => !set.Contains(e.Id) && nodeIds.Contains(e.FromNodeId) && nodeIds.Contains(e.ToNodeId))],
        };
    }

    internal static int? SpaceCodeNumber(string code)
    {
        var digits = new string([.. code.Reverse().TakeWhile(char.IsAsciiDigit).Reverse()]);
        return digits.Length is > 0 and <= 6 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static LevelDraft ReplaceSpace(this LevelDraft draft, SpaceDraft space) => draft with { Spaces = [.. draft.Spaces.Select(s => s.Id == space.Id ? space : s)] };

    private static LevelDraft Transform(this LevelDraft draft, IReadOnlyCollection<Guid> ids, Func<Polygon2, Polygon2> polygon, Func<Point2, Point2> point)
    {
        var set = ids.ToHashSet();
        var movedLandmarks = draft.Landmarks.Where(l => set.Contains(l.Id)).Select(l => l.Id).ToHashSet();
        return draft with
        {
            Outline = set.Contains(draft.LevelId) ? polygon(draft.Outline) : draft.Outline,
            Zones = [.. draft.Zones.Select(z => set.Contains(z.Id) ? z with { Polygon = polygon(z.Polygon) } : z)],
            Spaces = [.. draft.Spaces.Select(s => set.Contains(s.Id) ? s with { Polygon = polygon(s.Polygon) } : s)],
            Landmarks = [.. draft.Landmarks.Select(l => set.Contains(l.Id) ? l with { Point = point(l.Point) } : l)],
            Nodes = [.. draft.Nodes.Select(n => set.Contains(n.Id) || (n.LandmarkId is { } l && movedLandmarks.Contains(l)) ? n with { Point = point(n.Point) } : n)],
        };
    }
}
