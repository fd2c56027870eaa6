namespace ParkShare.Core.Lots;

/// <summary>
/// A georeference fitted to control points, with each point's residual (metres between where the fit puts
/// it and where it was measured) and their root mean square; or the reason no fit was made.
/// </summary>
public sealed record GeoreferenceFit(Georeference? Georeference, IReadOnlyList<double> ResidualsMeters, double RmsMeters, GeoreferenceFitError Error)
{
    public bool Succeeded => Error == GeoreferenceFitError.None && Georeference is not null;

    public static GeoreferenceFit Refused(GeoreferenceFitError error) => new(null, [], double.NaN, error);
}
