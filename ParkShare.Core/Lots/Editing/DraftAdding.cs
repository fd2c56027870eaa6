using System.Globalization;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Tools that add elements to a <see cref="LevelDraft"/>. New elements get fresh ids; codes and names are proposed, never required.</summary>
public static class DraftAdding
{
    public static LevelDraft WithOutline(this LevelDraft draft, IReadOnlyList<Point2> points) => draft with { Outline = DraftPolygons.Of(points) };

    public static LevelDraft AddZone(this LevelDraft draft, IReadOnlyList<Point2> points, string? code = null)
    {
        var zones = draft.Zones;
        var index = Enumerable.Range(0, 26).FirstOrDefault(i => zones.All(z => z.Code != ((char)('A' + i)).ToString()), zones.Count);
        var zoneCode = string.IsNullOrWhiteSpace(code) ? (index < 26 ? ((char)('A' + index)).ToString() : $"Z{index}") : code.Trim().ToUpperInvariant();
        var zone = new ZoneDraft(Guid.CreateVersion7(), zoneCode, zoneCode, LotGenerator.ZoneColor(index), DraftPolygons.Of(points));
        return draft with { Zones = [.. zones, zone] };
    }

    /// <summary>One space with its front-left corner at <paramref name="at"/>, in the zone there, with the next free number.</summary>
    public static LevelDraft AddSpace(this LevelDraft draft, Point2 at, double angleDegrees = 0)
    {
        var zone = draft.ZoneAt(at);
        var prefix = draft.SpacePrefix(zone);
        var number = draft.NextNumber(prefix);
        var row = new RowSpec(at, angleDegrees, 1, LevelDraft.DefaultSpaceWidth, LevelDraft.DefaultSpaceDepth, number, prefix, 0, zone?.Id);
        return draft.AddRow(row);
    }

    /// <summary>A generated row; spaces without a zone given join the zone their centre lies in.</summary>
    public static LevelDraft AddRow(this LevelDraft draft, RowSpec row)
    {
        var spaces = RowGenerator.Generate(row)
            .Select(s => s.ZoneId is null ? s with { ZoneId = draft.ZoneAt(s.Polygon.Centroid)?.Id } : s);
        return draft with { Spaces = [.. draft.Spaces, .. spaces] };
    }

    public static LevelDraft AddLandmark(this LevelDraft draft, LandmarkKind kind, Point2 at, string? name = null, string? markerCode = null)
    {
        var count = draft.Landmarks.Count(l => l.Kind == kind) + 1;
        var proposed = kind == LandmarkKind.Pillar
            ? string.Create(CultureInfo.InvariantCulture, $"{draft.LevelName}-P{count:000}")
            : count.ToString(CultureInfo.InvariantCulture);
        var landmarkName = string.IsNullOrWhiteSpace(name) ? proposed : name.Trim();
        var marker = markerCode ?? (kind == LandmarkKind.Pillar ? "MK-" + landmarkName : null);
        var landmark = new LandmarkDraft(Guid.CreateVersion7(), kind, landmarkName, at, marker);
        return draft with { Landmarks = [.. draft.Landmarks, landmark] };
    }
}
