namespace ParkShare.Core.Lots;

/// <summary>A WGS84 latitude/longitude in degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lng)
{
    private const double MeanEarthRadius = 6_371_008.8;

    /// <summary>Great-circle (haversine) distance on the mean-radius sphere: within 0.5 % of the ellipsoid, plenty to rank lots.</summary>
    public double DistanceMetersTo(GeoPoint other)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(other.Lat - Lat);
        var dLng = Rad(other.Lng - Lng);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(Lat)) * Math.Cos(Rad(other.Lat)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * MeanEarthRadius * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }
}
