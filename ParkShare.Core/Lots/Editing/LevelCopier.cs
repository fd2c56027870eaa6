namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Copies a whole level to another floor of the same lot: outline, zones, spaces, landmarks and the
/// walkway graph, all with new ids. Codes carry the level's name (B2-C-017, MK-B2-014), so they are
/// re-prefixed to the target's name (B3-C-017, MK-B3-014); a code without the level's name gets the
/// target's name in front. Space and marker codes are unique lot-wide, so a copy that would repeat
/// one is refused whole. Connectors are not copied: they join two levels and the new floor has none yet.
/// </summary>
public static class LevelCopier
{
    public const int MaxReportedCollisions = 10;

    public static LevelCopy Copy(Lot lot, Level source, string targetName, int targetOrdinal)
    {
        if (!lot.Levels.Contains(source))
        {
            return new LevelCopy(null, LotEditError.NotFound, []);
        }

        var error = LevelRules.CheckName(lot, targetName);
        if (error == LotEditError.None)
        {
            error = LevelRules.CheckOrdinal(lot, targetOrdinal);
        }

        if (error != LotEditError.None)
        {
            return new LevelCopy(null, error, []);
        }

        var target = targetName.Trim();
        var spaceCodes = source.Spaces.ToDictionary(s => s.Id, s => RePrefix(s.Code, source.Name, target).ToUpperInvariant());
        var markers = source.Landmarks.Where(m => m.MarkerCode is not null)
            .ToDictionary(m => m.Id, m => RePrefix(m.MarkerCode!, source.Name, target).ToUpperInvariant());
        if (spaceCodes.Values.Any(c => c.Length > 32) || markers.Values.Any(c => c.Length > 64))
        {
            return new LevelCopy(null, LotEditError.CodeTooLong, []);
        }

        var collisions = Collisions(spaceCodes.Values, lot.Levels.SelectMany(l => l.Spaces).Select(s => s.Code))
            .Concat(Collisions(markers.Values, lot.Levels.SelectMany(l => l.Landmarks).Select(m => m.MarkerCode)))
            .ToList();
        if (collisions.Count > 0)
        {
            return new LevelCopy(null, LotEditError.CodesCollide, [.. collisions.Take(MaxReportedCollisions)]);
        }

        var level = lot.AddLevel(target, targetOrdinal, source.Outline);
        var zones = source.Zones.ToDictionary(z => z.Id, z => level.AddZone(z.Code, z.Name, z.Color, z.Polygon));
        foreach (var space in source.Spaces)
        {
            var zone = space.ZoneId is { } zoneId ? zones.GetValueOrDefault(zoneId) : null;
            var copy = level.AddSpace(zone, spaceCodes[space.Id], space.Number, space.Polygon, space.Kind, space.Reservable);
            if (space.Label != space.Code)
            {
                copy.Relabel(ReplaceLevel(space.Label, source.Name, target) ?? space.Label);
            }

            if (space.Disabled)
            {
                copy.Disable();
            }
        }

        var landmarks = source.Landmarks.ToDictionary(
            m => m.Id,
            m => level.AddLandmark(m.Kind, ReplaceLevel(m.Name, source.Name, target) ?? m.Name, m.Point, markers.GetValueOrDefault(m.Id)));
        var nodes = source.WalkwayNodes.ToDictionary(
            n => n.Id,
            n => level.AddNode(n.Point, n.LandmarkId is { } id && landmarks.TryGetValue(id, out var m) ? m.Id : null));
        foreach (var edge in source.WalkwayEdges)
        {
            level.AddEdge(nodes[edge.FromNodeId], nodes[edge.ToNodeId]);
        }

        return new LevelCopy(level, LotEditError.None, []);
    }

    /// <summary>B2-C-017 → B3-C-017, MK-B2-014 → MK-B3-014; C-017 → B3-C-017.</summary>
    public static string RePrefix(string code, string from, string to) => ReplaceLevel(code, from, to) ?? $"{to}-{code}";

    /// <summary>The code with its level segment (at the start, or between dashes) replaced; null when it has none.</summary>
    public static string? ReplaceLevel(string code, string from, string to)
    {
        if (code.StartsWith(from + "-", StringComparison.OrdinalIgnoreCase))
        {
            return to + code[from.Length..];
        }

        var inner = code.IndexOf("-" + from + "-", StringComparison.OrdinalIgnoreCase);
        if (inner >= 0)
        {
            return code[..(inner + 1)] + to + code[(inner + 1 + from.Length)..];
        }

        return code.EndsWith("-" + from, StringComparison.OrdinalIgnoreCase) ? code[..^from.Length] + to : null;
    }

    private static IEnumerable<string> Collisions(IEnumerable<string> proposed, IEnumerable<string?> existing)
    {
        var taken = existing.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return proposed.Where(code => !taken.Add(code)).Order(StringComparer.Ordinal);
    }
}
