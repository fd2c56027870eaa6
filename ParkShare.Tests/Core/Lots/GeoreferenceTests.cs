using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Lots;

public class GeoreferenceTests
{
    public static TheoryData<double, double> RotationsAndScales()
    {
        var data = new TheoryData<double, double>();
        foreach (var rotation in new[] { 0.0, 15.0, 90.0, -37.0 })
        {
            foreach (var scale in new[] { 1.0, 0.5 })
            {
                data.Add(rotation, scale);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RotationsAndScales))]
    public void ToLocal_OfToWgs84_RoundTripsWithinMicrometre(double rotation, double scale)
    {
        var georeference = new Georeference(31.2397, 121.4997, rotation, scale);
        Point2[] points = [new(0, 0), new(1, 0), new(0, 1), new(114, 76), new(-250.5, 380.25), new(57.3, -12.9), new(1000, 1000)];

        Assert.All(points, p =>
        {
            var back = georeference.ToLocal(georeference.ToWgs84(p));
            Assert.True(back.DistanceTo(p) * scale < 1e-6, $"{p} came back as {back}");
        });
    }

    [Fact]
    public void ToWgs84_Origin_IsTheOriginLatLng()
    {
        var georeference = new Georeference(31.2397, 121.4997, 15, 1);

        Assert.Equal(new GeoPoint(31.2397, 121.4997), georeference.ToWgs84(new Point2(0, 0)));
    }

    [Fact]
    public void ToWgs84_NoRotation_MapsPlusYToNorthAndPlusXToEast()
    {
        var georeference = new Georeference(31.2397, 121.4997, 0, 1);

        var north = georeference.ToWgs84(new Point2(0, 100));
        var east = georeference.ToWgs84(new Point2(100, 0));

        Assert.True(north.Lat > 31.2397);
        Assert.Equal(121.4997, north.Lng, 12);
        Assert.True(east.Lng > 121.4997);
        Assert.Equal(31.2397, east.Lat, 12);
    }

    [Fact]
    public void ToWgs84_Rotation90_MapsPlusYToEast()
    {
        var georeference = new Georeference(31.2397, 121.4997, 90, 1);

        var geo = georeference.ToWgs84(new Point2(0, 100));

        Assert.Equal(31.2397, geo.Lat, 9);
        Assert.True(geo.Lng > 121.4997);
        var metresEast = new LocalTangentPlane(31.2397, 121.4997).ToEastNorth(geo).East;
        Assert.Equal(100, metresEast, 6);
    }

    [Fact]
    public void ToWgs84_HalfScale_HalvesTheDistanceFromOrigin()
    {
        var full = new Georeference(31.2397, 121.4997, 0, 1).ToWgs84(new Point2(0, 100));
        var half = new Georeference(31.2397, 121.4997, 0, 0.5).ToWgs84(new Point2(0, 100));

        Assert.Equal((full.Lat - 31.2397) / 2, half.Lat - 31.2397, 12);
    }

    [Theory]
    [InlineData(86, 0, 0, 1)]
    [InlineData(0, 181, 0, 1)]
    [InlineData(0, 0, double.NaN, 1)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 0, 0, -1)]
    [InlineData(0, 0, 0, double.PositiveInfinity)]
    public void IsValid_OutOfRange_IsFalse(double lat, double lng, double rotation, double scale)
    {
        Assert.False(new Georeference(lat, lng, rotation, scale).IsValid);
    }

    [Fact]
    public void IsValid_DemoGeoreference_IsTrue()
    {
        Assert.True(LotLayout.Demo.Georeference.IsValid);
    }
}
