using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Lots;

public class GeoreferenceFitterTests
{
    private const double Lat0 = 31.2397;
    private const double Lng0 = 121.4997;

    // Hand-computed: at 31.2397° the WGS84 meridian radius is 6 352 588.95 m and the parallel radius 5 458 255.95 m,
    // (a(1−e²)/(1−e²sin²φ)^1.5 and a·cosφ/√(1−e²sin²φ)).
    private const double DegLatPerMetre = 180 / Math.PI / 6_352_588.95;
    private const double DegLngPerMetre = 180 / Math.PI / 5_458_255.95;

    private static GeoPoint EastNorth(double east, double north) => new(Lat0 + (north * DegLatPerMetre), Lng0 + (east * DegLngPerMetre));

    [Fact]
    public void Fit_TwoPointsNoRotation_RecoversOriginUnitScaleAndZeroRotation()
    {
        var fit = GeoreferenceFitter.Fit([new(new Point2(0, 0), EastNorth(0, 0)), new(new Point2(100, 0), EastNorth(100, 0))]);

        Assert.True(fit.Succeeded);
        var g = fit.Georeference!;
        Assert.Equal(Lat0, g.OriginLat, 7);
        Assert.Equal(Lng0, g.OriginLng, 7);
        Assert.Equal(0, g.RotationDegrees, 3);
        Assert.Equal(1, g.MetersPerUnit, 3);
        Assert.All(fit.ResidualsMeters, r => Assert.True(r < 1e-6));
    }

    [Fact]
    public void Fit_TwoPointsRotated30AndHalfScale_RecoversThem()
    {
        // Local (0,0) sits 10 m east, 20 m north of the reference; local (0,200) is 100 m (scale 0.5) along +y,
        // which points 30° clockwise from north: +50 m east, +86.6025 m north.
        var fit = GeoreferenceFitter.Fit([
            new(new Point2(0, 0), EastNorth(10, 20)),
            new(new Point2(0, 200), EastNorth(10 + 50, 20 + 86.6025404)),
        ]);

        Assert.True(fit.Succeeded);
        var g = fit.Georeference!;
        Assert.Equal(30, g.RotationDegrees, 3);
        Assert.Equal(0.5, g.MetersPerUnit, 4);
        Assert.True(g.ToWgs84(new Point2(0, 0)).DistanceTo(EastNorth(10, 20)) < 0.005);
        // Local +x then points 30° clockwise from east: 100 units = 50 m → +43.30 m east, −25 m north.
        Assert.True(g.ToWgs84(new Point2(100, 0)).DistanceTo(EastNorth(10 + 43.3012702, 20 - 25)) < 0.005);
        Assert.Equal(0, fit.RmsMeters, 6);
    }

    [Fact]
    public void Fit_FourPointsOneOffByTwoMetres_SpreadsTheErrorAsLeastSquares()
    {
        // A 100 m square, axis-aligned, unit scale; the fourth point is measured 2 m too far east.
        var fit = GeoreferenceFitter.Fit([
            new(new Point2(0, 0), EastNorth(0, 0)),
            new(new Point2(100, 0), EastNorth(100, 0)),
            new(new Point2(100, 100), EastNorth(102, 100)),
            new(new Point2(0, 100), EastNorth(0, 100)),
        ]);

        // By hand (centred on local (50,50) and measured (50.5,50)): a = 20100/20000 = 1.005, b = 100/20000 = 0.005,
        // so scale √(a²+b²) and rotation atan2(b,a); residuals 0, √0.5, 1 (the noisy point), √0.5; RMS √(2/4).
        Assert.True(fit.Succeeded);
        var g = fit.Georeference!;
        Assert.Equal(Math.Sqrt((1.005 * 1.005) + (0.005 * 0.005)), g.MetersPerUnit, 4);
        Assert.Equal(Math.Atan2(0.005, 1.005) * 180 / Math.PI, g.RotationDegrees, 3);
        Assert.Equal(0, fit.ResidualsMeters[0], 2);
        Assert.Equal(Math.Sqrt(0.5), fit.ResidualsMeters[1], 2);
        Assert.Equal(1, fit.ResidualsMeters[2], 2);
        Assert.Equal(Math.Sqrt(0.5), fit.ResidualsMeters[3], 2);
        Assert.Equal(Math.Sqrt(0.5), fit.RmsMeters, 2);
    }

    [Fact]
    public void Fit_SameSpotTwice_IsRefused()
    {
        var fit = GeoreferenceFitter.Fit([new(new Point2(0, 0), EastNorth(0, 0)), new(new Point2(50, 0), EastNorth(0.1, 0))]);

        Assert.Equal(GeoreferenceFitError.SameSpot, fit.Error);
        Assert.Null(fit.Georeference);
    }

    [Fact]
    public void Fit_CoincidentLocalPoints_IsRefused()
    {
        var fit = GeoreferenceFitter.Fit([new(new Point2(5, 5), EastNorth(0, 0)), new(new Point2(5, 5), EastNorth(30, 0))]);

        Assert.Equal(GeoreferenceFitError.LocalPointsCoincide, fit.Error);
    }

    [Fact]
    public void Fit_AbsurdScale_IsRefused()
    {
        var fit = GeoreferenceFitter.Fit([new(new Point2(0, 0), EastNorth(0, 0)), new(new Point2(1, 0), EastNorth(100, 0))]);

        Assert.Equal(GeoreferenceFitError.ScaleOutOfRange, fit.Error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(51)]
    public void Fit_WrongNumberOfPoints_IsRefused(int count)
    {
        var points = Enumerable.Range(0, count).Select(i => new ControlPoint(new Point2(i, 0), EastNorth(i, 0))).ToList();

        Assert.NotEqual(GeoreferenceFitError.None, GeoreferenceFitter.Fit(points).Error);
    }

    [Fact]
    public void Fit_PointsKilometresApart_IsRefused()
    {
        var fit = GeoreferenceFitter.Fit([new(new Point2(0, 0), EastNorth(0, 0)), new(new Point2(20_000, 0), EastNorth(20_000, 0))]);

        Assert.Equal(GeoreferenceFitError.PointsTooFarApart, fit.Error);
    }

    [Fact]
    public void Fit_NaNLatitude_IsRefused()
    {
        var fit = GeoreferenceFitter.Fit([new(new Point2(0, 0), new GeoPoint(double.NaN, Lng0)), new(new Point2(10, 0), EastNorth(10, 0))]);

        Assert.Equal(GeoreferenceFitError.PointOutOfRange, fit.Error);
    }
}
