using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Plans a row of spaces before it is added: which zone it lands in (where most of its spaces' centres lie, not
/// where the drag began, which is often on the zone's edge), the codes that zone already uses ("B3-B-" when its
/// spaces are B3-B-001…), and which existing spaces it would cover.
/// </summary>
public static class RowPlanner
{
    /// <summary>The row a drag from <paramref name="start"/> to <paramref name="end"/> proposes, with default space sizes.</summary>
    public static RowSpec Propose(LevelDraft draft, Point2 start, Point2 end)
    {
        var angle = Math.Round(Math.Atan2(end.Y - start.Y, end.X - start.X) * 180 / Math.PI, 1) + 0.0; // never "-0" in the form
        var count = RowGenerator.CountAlong(start.DistanceTo(end), LevelDraft.DefaultSpaceWidth, 0);
        var row = new RowSpec(start, angle, count, LevelDraft.DefaultSpaceWidth, LevelDraft.DefaultSpaceDepth);
        return Fit(draft, row);
    }

    /// <summary>The row with the code prefix of the zone its footprint lands in and the next free number after it (unchanged when it has no footprint).</summary>
    public static RowSpec Fit(LevelDraft draft, RowSpec row)
    {
        var footprint = Footprint(row);
        if (footprint.Count == 0)
        {
            return row;
        }

        var zone = ZoneOf(draft, footprint);
        var prefix = Prefix(draft, zone);
        // No zone id on the row: each new space joins the zone its own centre lies in (LevelDraft.AddRow).
        return row with { ZoneId = null, Prefix = prefix, StartNumber = draft.NextNumber(prefix) };
    }

    /// <summary>Everything the row form and the canvas show about <paramref name="row"/> on <paramref name="draft"/>.</summary>
    public static RowPlan Plan(LevelDraft draft, RowSpec row)
    {
        var problems = RowRules.Check(row);
        var footprint = Footprint(row);
        var overlapped = Overlaps(draft, footprint);
        var places = overlapped.Count == 0
            ? new HashSet<int>()
            : Enumerable.Range(0, footprint.Count).Where(i => overlapped.Any(s => footprint[i].Overlaps(s.Polygon))).ToHashSet();
        return new RowPlan(row, footprint, ZoneOf(draft, footprint), overlapped, places, problems);
    }

    /// <summary>The spaces' outlines; empty when the row's count, sizes, gap or angle break <see cref="RowRules"/>.</summary>
    public static IReadOnlyList<Polygon2> Footprint(RowSpec row)
    {
        var shape = row with { Prefix = string.Empty, StartNumber = 1 };
        return RowRules.Check(shape).Count == 0 ? [.. RowGenerator.Generate(shape).Select(s => s.Polygon)] : [];
    }

    /// <summary>The zone holding most of the footprint's centres (the first space's zone on a tie); null outside every zone.</summary>
    public static ZoneDraft? ZoneOf(LevelDraft draft, IReadOnlyList<Polygon2> footprint)
    {
        var votes = footprint.Select(p => draft.ZoneAt(p.Centroid)).Where(z => z is not null).Select(z => z!).ToList();
        return votes.GroupBy(z => z.Id).OrderByDescending(g => g.Count()).ThenBy(g => votes.IndexOf(g.First())).Select(g => g.First()).FirstOrDefault();
    }

    /// <summary>
    /// The code prefix new spaces in <paramref name="zone"/> get: the one most of its spaces already carry
    /// (their code without the trailing number), or the level's pattern "B4-A-" (or "B4-" outside every zone).
    /// </summary>
    public static string Prefix(LevelDraft draft, ZoneDraft? zone)
    {
        var used = draft.Spaces.Where(s => s.ZoneId == zone?.Id && s.Number is not null)
            .Select(s => s.Code.TrimEnd("0123456789".ToCharArray())).Where(p => p.Length > 0)
            .GroupBy(p => p, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        return used ?? draft.SpacePrefix(zone);
    }

    /// <summary>The existing spaces the row would overlap (interiors, not shared edges), in the draft's order.</summary>
    public static IReadOnlyList<SpaceDraft> Overlaps(LevelDraft draft, IReadOnlyList<Polygon2> footprint)
    {
        if (footprint.Count == 0)
        {
            return [];
        }

        var box = footprint.Select(p => p.Envelope).Aggregate((a, b) => a.Union(b));
        return [.. draft.Spaces.Where(s => Touches(s.Polygon.Envelope, box) && footprint.Any(p => p.Overlaps(s.Polygon)))];
    }

    private static bool Touches(Envelope2 a, Envelope2 b) => a.MinX < b.MaxX && b.MinX < a.MaxX && a.MinY < b.MaxY && b.MinY < a.MaxY;
}
