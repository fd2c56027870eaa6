using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Lots;

public sealed class Gcj02Tests
{
    // Reference pairs (WGS84 lat, lng → GCJ-02 lat, lng) published with two widely used
    // implementations of the transform:
    //  - googollee/eviltransform, go/transform_test.go (Shanghai, Shenzhen, Beijing);
    //  - wandergis/coordtransform, test/app.js: wgs84togcj02(116.404, 39.915) →
    //    [116.41024449916938, 39.91640428150164].
    [Theory]
    [InlineData(31.1774276, 121.5272106, 31.17530398364597, 121.531541859215)]
    [InlineData(22.543847, 113.912316, 22.540796131694766, 113.9171764808363)]
    [InlineData(39.911954, 116.377817, 39.91334545536069, 116.38404722455657)]
    [InlineData(39.915, 116.404, 39.91640428150164, 116.41024449916938)]
    public void FromWgs84_PublishedReferencePairs_MatchesToMicroDegrees(double lat, double lng, double gcjLat, double gcjLng)
    {
        var gcj = Gcj02.FromWgs84(new GeoPoint(lat, lng));

        Assert.Equal(gcjLat, gcj.Lat, 1e-9);
        Assert.Equal(gcjLng, gcj.Lng, 1e-9);
    }

    [Fact]
    public void FromWgs84_TiananmenSquare_ShiftsAboutSixHundredMetres()
    {
        var wgs = new GeoPoint(39.90800, 116.39750);

        var gcj = Gcj02.FromWgs84(wgs);

        Assert.Equal(39.90940, gcj.Lat, 1e-4);
        Assert.Equal(116.40374, gcj.Lng, 1e-4);
        Assert.InRange(wgs.DistanceTo(gcj), 500, 600);
    }

    [Theory]
    [InlineData(48.8584, 2.2945)] // Paris
    [InlineData(-33.8568, 151.2153)] // Sydney
    [InlineData(40.7128, -74.0060)] // New York
    [InlineData(60.0, 120.0)] // north of the box
    public void FromWgs84_OutsideChina_Unchanged(double lat, double lng)
    {
        var wgs = new GeoPoint(lat, lng);

        Assert.True(Gcj02.IsOutsideChina(wgs));
        Assert.Equal(wgs, Gcj02.FromWgs84(wgs));
    }

    [Fact]
    public void FromWgs84_InvalidPoint_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Gcj02.FromWgs84(new GeoPoint(double.NaN, 116.4)));
    }
}
