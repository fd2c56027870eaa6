namespace ParkShare.Core.Lots;

/// <summary>A WGS84 latitude and longitude in degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lng)
{
    private const double EarthRadiusMeters = 6_371_008.8;

    public bool IsValid => Lat is >= -90 and <= 90 && Lng is >= -180 and <= 180 && double.IsFinite(Lat) && double.IsFinite(Lng);

    /// <summary>Great-circle (haversine) distance in metres; plenty for "which lot is nearest".</summary>
    public double DistanceTo(GeoPoint other)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(other.Lat - Lat);
        var dLng = Rad(other.Lng - Lng);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(Lat)) * Math.Cos(Rad(other.Lat)) * Math.Pow(Math.Sin(dLng / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
