namespace ParkShare.Core.Lots.Exchange;

/// <summary>Either a checked document or the problems found (never both).</summary>
public sealed record LotGeoJsonReadResult(LotGeoJsonDocument? Document, IReadOnlyList<GeoJsonProblem> Problems)
{
    public bool Succeeded => Document is not null;
}
