namespace ParkShare.Core.Lots;

/// <summary>
/// Metres east and north of a reference point on the WGS84 ellipsoid, using the meridian and prime-vertical
/// radii of curvature at the reference latitude. Over a garage (a few hundred metres) it is exact to millimetres.
/// </summary>
public readonly record struct LocalTangentPlane(double Lat, double Lng)
{
    private const double SemiMajorAxis = 6_378_137.0;
    private const double EccentricitySquared = 0.00669437999014;

    /// <summary>Radius of curvature in the meridian (metres per radian of latitude).</summary>
    public double MeridianRadius
    {
        get
        {
            var w = 1 - (EccentricitySquared * Math.Pow(Math.Sin(Lat * Math.PI / 180), 2));
            return SemiMajorAxis * (1 - EccentricitySquared) / (w * Math.Sqrt(w));
        }
    }

    /// <summary>Metres per radian of longitude at the reference latitude.</summary>
    public double ParallelRadius
    {
        get
        {
            var sin = Math.Sin(Lat * Math.PI / 180);
            return SemiMajorAxis / Math.Sqrt(1 - (EccentricitySquared * sin * sin)) * Math.Cos(Lat * Math.PI / 180);
        }
    }

    public (double East, double North) ToEastNorth(GeoPoint geo) =>
        ((geo.Lng - Lng) * Math.PI / 180 * ParallelRadius, (geo.Lat - Lat) * Math.PI / 180 * MeridianRadius);

    public GeoPoint ToGeo(double east, double north) =>
        new(Lat + (north / MeridianRadius * 180 / Math.PI), Lng + (east / ParallelRadius * 180 / Math.PI));
}
