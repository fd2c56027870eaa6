using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Which spaces of a draft overlap, and which overlaps an edit created.</summary>
public static class SpaceOverlaps
{
    public static IReadOnlyList<SpaceOverlap> Find(IReadOnlyList<SpaceDraft> spaces)
    {
        // Sweep along x so 2,000 spaces compare with their neighbours only.
        var found = new List<SpaceOverlap>();
        var sorted = spaces.OrderBy(s => s.Polygon.Envelope.MinX).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            var a = sorted[i];
            for (var j = i + 1; j < sorted.Length && sorted[j].Polygon.Envelope.MinX < a.Polygon.Envelope.MaxX; j++)
            {
                if (a.Polygon.Overlaps(sorted[j].Polygon))
                {
                    found.Add(new SpaceOverlap(a, sorted[j]));
                }
            }
        }

        return found;
    }

    /// <summary>The overlaps of <paramref name="after"/> between two spaces that did not overlap in <paramref name="before"/>.</summary>
    public static IReadOnlyList<SpaceOverlap> Created(LevelDraft before, LevelDraft after)
    {
        var known = Find(before.Spaces).Select(o => o.Key).ToHashSet();
        return [.. Find(after.Spaces).Where(o => !known.Contains(o.Key))];
    }
}
