using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Refinement;

public class PositionRefinerTests
{
    private readonly PositionRefiner _refiner = new();

    [Fact]
    public void Refine_ChineseSpaceCode_ResolvesWithFullDetail()
    {
        var result = _refiner.Refine(DemoLot.Map, new SpaceCodePosition("负二层C区17号"));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        var position = result.Position!;
        Assert.Equal("B2-C-017", position.Space.Code);
        Assert.Equal("B2", position.Level.Name);
        Assert.Equal("C", position.Zone!.Code);
        Assert.Equal(position.Space.Centroid, position.Local);
        Assert.Equal(DemoLot.Map.Georeference.ToWgs84(position.Local), position.Wgs84);
        Assert.Equal(ResolvedBy.SpaceCode, position.ResolvedBy);
        Assert.NotNull(position.NearestLandmark);
        Assert.NotEqual(LandmarkKind.Pillar, position.NearestLandmark!.Kind);
        Assert.NotNull(position.Route);
    }

    [Fact]
    public void Refine_LevelLessCode_OffersOneCandidatePerLevelTopDown()
    {
        var result = _refiner.Refine(DemoLot.Map, new SpaceCodePosition("C17"));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.Equal(["B1-C-017", "B2-C-017", "B3-C-017"], result.Candidates.Select(c => c.Space.Code));
    }

    [Fact]
    public void Refine_NumberOnly_OffersAtMostMaxCandidates()
    {
        var result = _refiner.Refine(DemoLot.Map, new SpaceCodePosition("第17号"));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.Equal(PositionRefiner.MaxCandidates, result.Candidates.Count);
        Assert.All(result.Candidates, c => Assert.Equal(17, c.Space.Number));
    }

    [Fact]
    public void Refine_LevelAndZoneWithoutNumber_OffersSpacesOfThatZone()
    {
        var result = _refiner.Refine(DemoLot.Map, new SpaceCodePosition("负二层C区"));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.Equal(PositionRefiner.MaxCandidates, result.Candidates.Count);
        Assert.All(result.Candidates, c => Assert.StartsWith("B2-C-", c.Space.Code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("负二层", RefinementError.IncompleteSpaceCode)]
    [InlineData("B2-C-049", RefinementError.SpaceNotFound)]
    [InlineData("B2-G-017", RefinementError.SpaceNotFound)]
    [InlineData("2F-C-17", RefinementError.SpaceNotFound)]
    [InlineData("B2-C-O17", RefinementError.InvalidSpaceCode)]
    [InlineData("", RefinementError.InvalidSpaceCode)]
    public void Refine_UnusableCode_FailsWithMatchingError(string code, RefinementError error)
    {
        var result = _refiner.Refine(DemoLot.Map, new SpaceCodePosition(code));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Refine_MapPointInsideSpace_ResolvesThatSpace()
    {
        var space = DemoLot.Space("B2-C-017");

        var result = _refiner.Refine(DemoLot.Map, new MapPointPosition(space.Level.Id, space.Centroid.X, space.Centroid.Y));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        Assert.Equal("B2-C-017", result.Position!.Space.Code);
        Assert.Equal(ResolvedBy.MapPoint, result.Position.ResolvedBy);
    }

    [Fact]
    public void Refine_MapPointOutsideOutline_FailsOutsideLot()
    {
        var level = DemoLot.Level("B2");

        var result = _refiner.Refine(DemoLot.Map, new MapPointPosition(level.Id, -50, -50));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.OutsideLot, result.Error);
    }

    [Theory]
    [InlineData(double.NaN, 10)]
    [InlineData(10, double.NaN)]
    [InlineData(double.PositiveInfinity, 10)]
    [InlineData(10, double.NegativeInfinity)]
    public void Refine_MapPointNotFinite_FailsInvalidCoordinates(double x, double y)
    {
        var result = _refiner.Refine(DemoLot.Map, new MapPointPosition(DemoLot.Level("B2").Id, x, y));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.InvalidCoordinates, result.Error);
    }

    [Fact]
    public void Refine_MapPointOnUnknownLevel_FailsUnknownLevel()
    {
        var result = _refiner.Refine(DemoLot.Map, new MapPointPosition(Guid.NewGuid(), 10, 10));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.UnknownLevel, result.Error);
    }

    [Fact]
    public void Refine_MapPointInAisle_OffersNearbyCandidatesRankedByDistance()
    {
        // Rows a (y 0..5) and b (y 11..16) of zone D face the aisle at y = 8.
        var space = DemoLot.Space("B2-D-005");
        var tap = new Point2(space.Centroid.X + 0.3, 8);
        Assert.Null(space.Level.SpaceAt(tap));

        var result = _refiner.Refine(DemoLot.Map, new MapPointPosition(space.Level.Id, tap.X, tap.Y));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.InRange(result.Candidates.Count, 2, 5);
        var distances = result.Candidates.Select(c => c.Space.Polygon.DistanceTo(tap)).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 6));
        Assert.Equal("B2-D-005", result.Candidates[0].Space.Code);
        Assert.All(result.Candidates, c => Assert.Equal("B2", c.Level.Name));
    }

    [Fact]
    public void Refine_PillarMarker_OffersSpacesAroundThePillar()
    {
        var pillar = DemoLot.Level("B2").Landmarks.Single(l => l.MarkerCode == "MK-B2-014");

        var result = _refiner.Refine(DemoLot.Map, new MarkerPosition("mk-b2-014"));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.NotEmpty(result.Candidates);
        Assert.All(result.Candidates, c =>
        {
            Assert.Equal("B2", c.Level.Name);
            Assert.InRange(c.Space.Polygon.DistanceTo(pillar.Point), 0, 4);
            Assert.Equal(ResolvedBy.Marker, c.ResolvedBy);
        });
        var distances = result.Candidates.Select(c => c.Space.Polygon.DistanceTo(pillar.Point)).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public void Refine_SpaceMarker_ResolvesThatSpace()
    {
        var result = _refiner.Refine(DemoLot.Map, new MarkerPosition("B3-F-048"));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        Assert.Equal("B3-F-048", result.Position!.Space.Code);
        Assert.Equal(ResolvedBy.Marker, result.Position.ResolvedBy);
    }

    [Theory]
    [InlineData("MK-B9-001")]
    [InlineData("MK-B2-999")]
    [InlineData("")]
    [InlineData("负二层C区17号")]
    public void Refine_UnknownMarker_FailsMarkerNotFound(string code)
    {
        var result = _refiner.Refine(DemoLot.Map, new MarkerPosition(code));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.MarkerNotFound, result.Error);
    }

    [Theory]
    [InlineData("B2")]
    [InlineData("b2")]
    [InlineData("负二层")]
    public void Refine_GpsAtSpaceWithLevelHintAndTightAccuracy_ResolvesThatSpace(string hint)
    {
        var space = DemoLot.Space("B2-C-017");
        var geo = DemoLot.Map.Georeference.ToWgs84(space.Centroid);

        var result = _refiner.Refine(DemoLot.Map, new GpsPosition(geo.Lat, geo.Lng, 1, hint));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        Assert.Equal("B2-C-017", result.Position!.Space.Code);
        Assert.Equal(ResolvedBy.Gps, result.Position.ResolvedBy);
    }

    [Fact]
    public void Refine_GpsAtSpaceWithoutLevelHint_OffersThatSpaceOnEveryLevel()
    {
        var space = DemoLot.Space("B2-C-017");
        var geo = DemoLot.Map.Georeference.ToWgs84(space.Centroid);

        var result = _refiner.Refine(DemoLot.Map, new GpsPosition(geo.Lat, geo.Lng, 1, null));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.Equal(
            ["B1-C-017", "B2-C-017", "B3-C-017"],
            result.Candidates.Select(c => c.Space.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Refine_GpsFarAway_FailsOutsideLot()
    {
        var result = _refiner.Refine(DemoLot.Map, new GpsPosition(31.0, 121.0, 10, "B2"));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.OutsideLot, result.Error);
    }

    [Theory]
    [InlineData("B4")]
    [InlineData("2F")]
    [InlineData("二楼")]
    public void Refine_GpsWithUnknownLevelHint_FailsUnknownLevel(string hint)
    {
        var result = _refiner.Refine(DemoLot.Map, new GpsPosition(31.2397, 121.4997, 5, hint));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.UnknownLevel, result.Error);
    }

    [Theory]
    [InlineData(double.NaN, 121.5, 5.0)]
    [InlineData(91, 121.5, 5.0)]
    [InlineData(31.2, 181, 5.0)]
    [InlineData(31.2, 121.5, -1.0)]
    [InlineData(31.2, 121.5, double.PositiveInfinity)]
    public void Refine_GpsOutOfRange_FailsInvalidCoordinates(double lat, double lng, double accuracy)
    {
        var result = _refiner.Refine(DemoLot.Map, new GpsPosition(lat, lng, accuracy, "B2"));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.InvalidCoordinates, result.Error);
    }
}
