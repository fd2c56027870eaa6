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

    /// <summary>Along the direction the spaces spread most; spaces more than half a depth apart across it form separate rows.</summary>
    internal static List<SpaceDraft> InReadingOrder(IReadOnlyList<SpaceDraft> spaces)
    {
        var centres = spaces.Select(s => s.Polygon.Centroid).ToList();
        var spreadX = centres.Max(c => c.X) - centres.Min(c => c.X);
        var spreadY = centres.Max(c => c.Y) - centres.Min(c => c.Y);
        Func<Point2, double> along = spreadX >= spreadY ? c => c.X : c => c.Y;
        Func<Point2, double> across = spreadX >= spreadY ? c => -c.Y : c => c.X;
        return [.. spaces.Zip(centres)
            .OrderBy(t => Math.Round(across(t.Second) / 3))
            .ThenBy(t => along(t.Second))
            .Select(t => t.First)];
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
