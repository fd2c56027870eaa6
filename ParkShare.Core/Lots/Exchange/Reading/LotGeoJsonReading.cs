namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>
/// One read of a file: the problems found so far, the lot elements built from earlier features (for the references
/// of later ones), and which file id each new element came from.
/// </summary>
internal sealed class LotGeoJsonReading
{
    public List<GeoJsonProblem> Problems { get; } = [];

    public Dictionary<Guid, Guid> FileIds { get; } = [];

    public Dictionary<Guid, Level> Levels { get; } = [];

    public Dictionary<Guid, Zone> Zones { get; } = [];

    public Dictionary<Guid, Landmark> Landmarks { get; } = [];

    public Dictionary<Guid, WalkwayNode> Nodes { get; } = [];

    public HashSet<string> SpaceCodes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> MarkerCodes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The venue's georeference; null while positions are lot-local metres.</summary>
    public Georeference? Geo { get; set; }

    public bool IsFull => Problems.Count >= LotGeoJsonReader.MaxProblems;

    public void Add(GeoJsonFeature feature, string code, string? detail = null) =>
        Problems.Add(new GeoJsonProblem(feature.Index, feature.Id.ToString(), feature.Type, code, detail));

    public void Remember(Guid newId, GeoJsonFeature feature) => FileIds[newId] = feature.Id;

    public FeatureProperties PropertiesOf(GeoJsonFeature feature) => new(this, feature);

    public FeatureGeometry GeometryOf(GeoJsonFeature feature) => new(this, feature);
}
