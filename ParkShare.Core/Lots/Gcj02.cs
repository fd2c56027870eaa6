namespace ParkShare.Core.Lots;

/// <summary>
/// WGS84 → GCJ-02, the published "China offset" transform (Krasovsky 1940 ellipsoid) that Amap,
/// Tencent Maps, WeChat's <c>wx.openLocation</c> and Apple Maps inside China expect. Outside China's
/// rough bounding box the coordinates are returned unchanged, as those apps do.
/// </summary>
public static class Gcj02
{
    private const double SemiMajorAxis = 6378245.0;
    private const double EccentricitySquared = 0.00669342162296594323;

    // The bounding box the common reference implementations (eviltransform) use for "in China".
    private const double MinLng = 72.004;
    private const double MaxLng = 137.8347;
    private const double MinLat = 0.8293;
    private const double MaxLat = 55.8271;

    public static bool IsOutsideChina(GeoPoint wgs84) =>
        wgs84.Lng is < MinLng or > MaxLng || wgs84.Lat is < MinLat or > MaxLat;

    /// <summary>The GCJ-02 position of a WGS84 point (as a <see cref="GeoPoint"/> in GCJ-02 degrees).</summary>
    public static GeoPoint FromWgs84(GeoPoint wgs84)
    {
        if (!wgs84.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(wgs84), wgs84, "Not a valid latitude/longitude.");
        }

        if (IsOutsideChina(wgs84))
        {
            return wgs84;
        }

        var x = wgs84.Lng - 105.0;
        var y = wgs84.Lat - 35.0;
        var dLat = OffsetLat(x, y);
        var dLng = OffsetLng(x, y);

        var radLat = wgs84.Lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - EccentricitySquared * magic * magic;
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (SemiMajorAxis * (1 - EccentricitySquared) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (SemiMajorAxis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return new GeoPoint(wgs84.Lat + dLat, wgs84.Lng + dLng);
    }

    private static double OffsetLat(double x, double y)
    {
        var ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        ret += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320.0 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double OffsetLng(double x, double y)
    {
        var ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        ret += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
