namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// The lot exchange format: a GeoJSON FeatureCollection in the spirit of Apple IMDF. Each feature names
/// its IMDF-like <c>feature_type</c> (venue, level, section, unit, opening, amenity, fixture, footpath_node,
/// footpath, relationship) and carries the element's Guid as its id. Coordinates are WGS84 [lng, lat] with
/// nine decimals (0.1 mm) when the lot is georeferenced, otherwise lot-local metres [x, y]; the
/// collection's <c>parkshare:crs</c> member says which ("wgs84" or "local-metres").
/// </summary>
public static class LotGeoJson
{
    public const string MediaType = "application/geo+json";
    public const string CrsMember = "parkshare:crs";
    public const string Wgs84 = "wgs84";
    public const string LocalMetres = "local-metres";
    public const int MaxFeatures = 100_000;
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string Venue = "venue";
    public const string Level = "level";
    public const string Section = "section";
    public const string Unit = "unit";
    public const string Opening = "opening";
    public const string Amenity = "amenity";
    public const string Fixture = "fixture";
    public const string FootpathNode = "footpath_node";
    public const string Footpath = "footpath";
    public const string Relationship = "relationship";

    public static IReadOnlyList<string> FeatureTypes { get; } =
        [Venue, Level, Section, Unit, Opening, Amenity, Fixture, FootpathNode, Footpath, Relationship];

    /// <summary>The IMDF feature type a landmark is exported as: entrances are openings, pillars fixtures.</summary>
    public static string FeatureTypeOf(LandmarkKind kind) => kind switch
    {
        LandmarkKind.Entrance or LandmarkKind.Exit => Opening,
        LandmarkKind.Pillar => Fixture,
        _ => Amenity,
    };
}
