using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Lots;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(31.2304, 121.4737, 39.9042, 116.4074, 1_067_000, 5_000)]
    [InlineData(31.2304, 121.4737, 31.2314, 121.4737, 111.2, 0.5)]
    [InlineData(0, 179.9995, 0, -179.9995, 111.2, 0.5)]
    [InlineData(31.2304, 121.4737, 31.2304, 121.4737, 0, 0)]
    public void DistanceTo_KnownPairs_GreatCircleDistance(double lat1, double lng1, double lat2, double lng2, double expected, double tolerance)
    {
        var distance = new GeoPoint(lat1, lng1).DistanceTo(new GeoPoint(lat2, lng2));

        Assert.InRange(distance, expected - tolerance, expected + tolerance);
        Assert.Equal(distance, new GeoPoint(lat2, lng2).DistanceTo(new GeoPoint(lat1, lng1)), 6);
    }
}
