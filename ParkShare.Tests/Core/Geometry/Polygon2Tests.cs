using ParkShare.Core.Geometry;

namespace ParkShare.Tests.Core.Geometry;

public class Polygon2Tests
{
    private static readonly Polygon2 Square = Polygon2.Rectangle(0, 0, 10, 10);

    private static readonly Polygon2 LShape = new([new(0, 0), new(10, 0), new(10, 4), new(4, 4), new(4, 10), new(0, 10)]);

    [Fact]
    public void Rectangle_Always_HasAreaCentroidAndEnvelope()
    {
        var r = Polygon2.Rectangle(2, 3, 4.5, 8);

        Assert.Equal(12.5, r.Area, 12);
        Assert.Equal(3.25, r.Centroid.X, 12);
        Assert.Equal(5.5, r.Centroid.Y, 12);
        Assert.Equal(new Envelope2(2, 3, 4.5, 8), r.Envelope);
    }

    [Fact]
    public void Area_LShape_IsSumOfItsRectangles()
    {
        Assert.Equal(64, LShape.Area, 12);
    }

    [Fact]
    public void Centroid_LShape_IsAreaWeighted()
    {
        // 10x4 strip (centroid 5,2) plus 4x6 strip (centroid 2,7).
        Assert.Equal(((40 * 5) + (24 * 2)) / 64.0, LShape.Centroid.X, 12);
        Assert.Equal(((40 * 2) + (24 * 7)) / 64.0, LShape.Centroid.Y, 12);
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(0.01, 9.99, true)]
    [InlineData(-0.01, 5, false)]
    [InlineData(5, 10.01, false)]
    [InlineData(20, 20, false)]
    public void Contains_Square_MatchesInside(double x, double y, bool inside)
    {
        Assert.Equal(inside, Square.Contains(new Point2(x, y)));
    }

    [Theory]
    [InlineData(2, 2, true)]
    [InlineData(2, 8, true)]
    [InlineData(8, 2, true)]
    [InlineData(8, 8, false)]
    [InlineData(5, 5, false)]
    public void Contains_LShape_ExcludesTheNotch(double x, double y, bool inside)
    {
        var p = new Point2(x, y);

        Assert.Equal(inside, LShape.Contains(p));
        Assert.Equal(inside, LShape.ContainsWithoutBoxCheck(p));
    }

    [Theory]
    [InlineData(5, 5, 0)]
    [InlineData(13, 5, 3)]
    [InlineData(5, -2, 2)]
    [InlineData(13, 14, 5)]
    public void DistanceTo_Square_IsZeroInsideElseToNearestEdge(double x, double y, double distance)
    {
        Assert.Equal(distance, Square.DistanceTo(new Point2(x, y)), 12);
    }

    [Fact]
    public void DistanceTo_PointInNotch_IsToTheNearestInnerEdge()
    {
        Assert.Equal(1, LShape.DistanceTo(new Point2(5, 5)), 12);
        Assert.Equal(2, LShape.DistanceTo(new Point2(6, 7)), 12);
    }

    [Fact]
    public void Constructor_ClosedRing_DropsTheRepeatedPoint()
    {
        var closed = new Polygon2([new(0, 0), new(1, 0), new(1, 1), new(0, 0)]);

        Assert.Equal(3, closed.Points.Count);
    }

    [Fact]
    public void Constructor_FewerThanThreePoints_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Polygon2([new(0, 0), new(1, 1)]));
        Assert.Throws<ArgumentException>(() => new Polygon2([new(0, 0), new(1, 1), new(0, 0)]));
    }

    [Fact]
    public void Constructor_NonFiniteCoordinate_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Polygon2([new(0, 0), new(double.NaN, 0), new(1, 1)]));
    }

    [Fact]
    public void ToWkt_Rectangle_WritesClosedRingWithInvariantNumbers()
    {
        Assert.Equal("POLYGON ((0 0, 2.5 0, 2.5 5, 0 5, 0 0))", Polygon2.Rectangle(0, 0, 2.5, 5).ToWkt());
    }

    [Fact]
    public void FromWkt_OfToWkt_RoundTrips()
    {
        var back = Polygon2.FromWkt(LShape.ToWkt());

        Assert.Equal(LShape, back);
        Assert.Equal(LShape.GetHashCode(), back.GetHashCode());
    }

    [Fact]
    public void FromWkt_SpacesNegativesAndExponents_ReadsEveryPoint()
    {
        var polygon = Polygon2.FromWkt("  polygon ((-1.5 0 ,  2e1 0, 20  -3.25,-1.5 -3.25, -1.5 0))");

        Assert.Equal(Polygon2.Rectangle(-1.5, -3.25, 20, 0).Points.ToHashSet(), polygon.Points.ToHashSet());
        Assert.Equal(4, polygon.Points.Count);
    }

    [Theory]
    [InlineData("POLYGON ((0 0, 1, 1 1, 0 0))")]
    [InlineData("POLYGON ((0 0, 1 x, 1 1, 0 0))")]
    [InlineData("POINT (1 2)")]
    [InlineData("POLYGON 0 0, 1 0, 1 1")]
    [InlineData("LINESTRING ((0 0, 1 0, 1 1))")]
    public void FromWkt_NotAPolygon_ThrowsFormatException(string wkt)
    {
        Assert.Throws<FormatException>(() => Polygon2.FromWkt(wkt));
    }

    [Fact]
    public void Equals_DifferentPoints_IsFalse()
    {
        Assert.NotEqual(Square, Polygon2.Rectangle(0, 0, 10, 11));
        Assert.False(Square.Equals(null));
    }

    [Theory]
    [InlineData(0, 3, 2.5, 12, true)] // on one grid, pushed 2 m into the other: every crossing falls on a corner
    [InlineData(0, 0, 2.5, 5, true)] // the same space twice
    [InlineData(0, -5, 2.5, 0, false)] // back to back, one shared edge
    [InlineData(2.5, 0, 5, 5, false)] // side by side
    [InlineData(1, 1, 2, 2, true)] // wholly inside
    public void Overlaps_SpacesOnOneGrid_OnlyWhenInteriorsMeet(double x0, double y0, double x1, double y1, bool expected)
    {
        var space = Polygon2.Rectangle(0, 0, 2.5, 5);
        var other = Polygon2.Rectangle(x0, y0, x1, y1);

        Assert.Equal(expected, space.Overlaps(other));
        Assert.Equal(expected, other.Overlaps(space));
    }
}
