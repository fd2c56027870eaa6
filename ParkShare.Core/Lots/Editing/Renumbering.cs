using System.Globalization;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Renumbers a row, a selection or a whole zone in one step, in reading order along the row.</summary>
public static class Renumbering
{
    public static LevelDraft Renumber(this LevelDraft draft, IReadOnlyCollection<Guid> spaceIds, string prefix, int start)
    {
        if (start < 0 || start > 99_999 - spaceIds.Count)
        {
            throw new DraftEditException("RowStart");
        }

        var chosen = draft.Spaces.Where(s => spaceIds.Contains(s.Id)).ToList();
        if (chosen.Count == 0)
        {
            return draft;
        }

        var clean = prefix.Trim().ToUpperInvariant();
        var order = InReadingOrder(chosen);
        var renumbered = new Dictionary<Guid, SpaceDraft>();
        for (var i = 0; i < order.Count; i++)
        {
            var s = order[i];
            var number = start + i;
            var code = RowGenerator.Code(clean, number);
            renumbered[s.Id] = s with { Code = code, Number = number, Label = Relabel(s, number, code) };
        }

        return draft with { Spaces = [.. draft.Spaces.Select(s => renumbered.GetValueOrDefault(s.Id, s))] };
    }

    /// <summary>Every space of the zone, renumbered from <paramref name="start"/> with the zone's usual prefix.</summary>
    public static LevelDraft RenumberZone(this LevelDraft draft, Guid zoneId, int start = 1)
    {
        var zone = draft.Zone(zoneId) ?? throw new DraftEditException("NoZone");
        var ids = draft.Spaces.Where(s => s.ZoneId == zoneId).Select(s => s.Id).ToList();
        return draft.Renumber(ids, draft.SpacePrefix(zone), start);
    }

    /// <summary>
    /// Reading order: along the rows' fronts (west to east, or north to south for rows that run
    /// north-south), rows further "up" first; spaces within 3 m across the row share a row.
    /// </summary>
    internal static List<SpaceDraft> InReadingOrder(IReadOnlyList<SpaceDraft> spaces)
    {
        var p0 = spaces[0].Polygon.Points[0];
        var p1 = spaces[0].Polygon.Points[1];
        var length = Math.Max(p0.DistanceTo(p1), 1e-9);
        var u = new Point2((p1.X - p0.X) / length, (p1.Y - p0.Y) / length);
        if (u.X < -1e-6 || (Math.Abs(u.X) <= 1e-6 && u.Y > 0))
        {
            u = new Point2(-u.X, -u.Y);
        }

        var v = new Point2(-u.Y, u.X);
        return [.. spaces
            .Select(s => (Space: s, C: s.Polygon.Centroid))
            .OrderBy(t => -Math.Round(((t.C.X * v.X) + (t.C.Y * v.Y)) / 3))
            .ThenBy(t => (t.C.X * u.X) + (t.C.Y * u.Y))
            .Select(t => t.Space)];
    }

    private static string Relabel(SpaceDraft s, int number, string code)
    {
        if (s.Label == s.Code)
        {
            return code;
        }

        var stem = s.Label.TrimEnd("0123456789".ToCharArray());
        return stem + number.ToString("000", CultureInfo.InvariantCulture);
    }
}
