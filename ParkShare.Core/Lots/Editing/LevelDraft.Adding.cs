using System.Globalization;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Tools that add elements. New elements get fresh ids; codes and names are proposed, never required.</summary>
public sealed partial record LevelDraft
{
    public const double DefaultSpaceWidth = 2.5;
    public const double DefaultSpaceDepth = 5.3;

    public LevelDraft WithOutline(IReadOnlyList<Point2> points) => this with { Outline = PolygonOf(points) };

    public LevelDraft AddZone(IReadOnlyList<Point2> points, string? code = null)
    {
        var index = Enumerable.Range(0, 26).FirstOrDefault(i => Zones.All(z => z.Code != ((char)('A' + i)).ToString()), Zones.Count);
        var zoneCode = string.IsNullOrWhiteSpace(code) ? (index < 26 ? ((char)('A' + index)).ToString() : $"Z{index}") : code.Trim().ToUpperInvariant();
        var zone = new ZoneDraft(Guid.CreateVersion7(), zoneCode, zoneCode, LotGenerator.ZoneColor(index), PolygonOf(points));
        return this with { Zones = [.. Zones, zone] };
    }

    /// <summary>One space with its front-left corner at <paramref name="at"/>, in the zone there, with the next free number.</summary>
    public LevelDraft AddSpace(Point2 at, double angleDegrees = 0)
    {
        var zone = ZoneAt(at);
        var prefix = SpacePrefix(zone);
        var number = NextNumber(prefix);
        var row = new RowSpec(at, angleDegrees, 1, DefaultSpaceWidth, DefaultSpaceDepth, number, prefix, 0, zone?.Id);
        return AddRow(row);
    }

    /// <summary>A generated row; spaces without a zone given join the zone their centre lies in.</summary>
    public LevelDraft AddRow(RowSpec row)
    {
        var spaces = RowGenerator.Generate(row)
            .Select(s => s.ZoneId is null ? s with { ZoneId = ZoneAt(s.Polygon.Centroid)?.Id } : s);
        return this with { Spaces = [.. Spaces, .. spaces] };
    }

    public LevelDraft AddLandmark(LandmarkKind kind, Point2 at, string? name = null, string? markerCode = null)
    {
        var count = Landmarks.Count(l => l.Kind == kind) + 1;
        var proposed = kind == LandmarkKind.Pillar
            ? string.Create(CultureInfo.InvariantCulture, $"{LevelName}-P{count:000}")
            : count.ToString(CultureInfo.InvariantCulture);
        var landmarkName = string.IsNullOrWhiteSpace(name) ? proposed : name.Trim();
        var marker = markerCode ?? (kind == LandmarkKind.Pillar ? "MK-" + landmarkName : null);
        var landmark = new LandmarkDraft(Guid.CreateVersion7(), kind, landmarkName, at, marker);
        return this with { Landmarks = [.. Landmarks, landmark] };
    }

    /// <summary>The code prefix a new space in the zone gets: "B4-A-" (or "B4-" outside every zone).</summary>
    public string SpacePrefix(ZoneDraft? zone) => zone is null ? $"{LevelName}-" : $"{LevelName}-{zone.Code}-";

    public int NextNumber(string prefix)
    {
        var used = Spaces.Where(s => s.Code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && s.Number is not null)
            .Select(s => s.Number!.Value);
        return used.DefaultIfEmpty(0).Max() + 1;
    }

    public ZoneDraft? ZoneAt(Point2 p) => Zones.LastOrDefault(z => z.Polygon.Contains(p));

    private static Polygon2 PolygonOf(IReadOnlyList<Point2> points)
    {
        if (points.Any(p => !p.IsFinite) || points.Distinct().Count() < 3)
        {
            throw new DraftEditException("PolygonPoints");
        }

        return new Polygon2(points);
    }
}
