using ParkShare.Core.Lots;
using ParkShare.Core.Wayfinding;

namespace ParkShare.Tests.Core.Wayfinding;

public class WalkwayGraphTests
{
    public static TheoryData<string> DeeperLevelNames => ["B2", "B3"];

    [Fact]
    public void RouteTo_EverySpaceOfDemoLot_HasRoute()
    {
        var missing = DemoLot.Map.Spaces.Where(s => DemoLot.Map.RouteTo(s) is null).Select(s => s.Code).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void RouteTo_EverySpace_StartsAtEntranceOnB1()
    {
        var entranceNames = DemoLot.Level("B1").Landmarks.Where(l => l.Kind == LandmarkKind.Entrance).Select(l => l.Name).ToHashSet();

        Assert.All(DemoLot.Map.Spaces, s =>
        {
            var start = DemoLot.Map.RouteTo(s)!.Steps[0];
            Assert.Equal(RouteStepKind.Start, start.Kind);
            Assert.Equal(LandmarkKind.Entrance, start.LandmarkKind);
            Assert.Contains(start.LandmarkName!, entranceNames);
            Assert.Equal("B1", start.LevelName);
        });
    }

    [Fact]
    public void RouteTo_EverySpace_EndsWithArrivalAtTheSpaceCentroid()
    {
        Assert.All(DemoLot.Map.Spaces, s =>
        {
            var route = DemoLot.Map.RouteTo(s)!;
            Assert.Equal(RouteStepKind.Arrive, route.Steps[^1].Kind);
            Assert.Equal(s.Label, route.Steps[^1].SpaceCode);
            Assert.Equal(s.Level.Id, route.Legs[^1].LevelId);
            Assert.Equal(s.Centroid, route.Legs[^1].Points[^1]);
        });
    }

    [Fact]
    public void RouteTo_EverySpace_IsAtLeastTheStraightLineFromItsEntrance()
    {
        Assert.All(DemoLot.Map.Spaces, s =>
        {
            var route = DemoLot.Map.RouteTo(s)!;
            var entrance = route.Legs[0].Points[0];
            Assert.True(route.DistanceMeters > 0);
            Assert.True(
                route.DistanceMeters >= entrance.DistanceTo(s.Centroid) - 0.05,
                $"{s.Code}: {route.DistanceMeters} m < straight line {entrance.DistanceTo(s.Centroid)} m");
        });
    }

    [Fact]
    public void RouteTo_EverySpace_HasLegLevelsAndPointsOnThoseLevels()
    {
        Assert.All(DemoLot.Map.Spaces, s =>
        {
            var route = DemoLot.Map.RouteTo(s)!;
            Assert.Equal("B1", route.Legs[0].LevelName);
            Assert.All(route.Legs, leg =>
            {
                var level = DemoLot.Map.Level(leg.LevelId)!;
                Assert.Equal(level.Name, leg.LevelName);
                Assert.All(leg.Points, p => Assert.True(level.Outline.DistanceTo(p) <= 0.5, $"{s.Code}: {p} off {level.Name}"));
            });
        });
    }

    [Fact]
    public void RouteTo_SpacesOnB3_TakeElevatorOrStairsToB3()
    {
        Assert.All(DemoLot.Level("B3").Spaces, s =>
        {
            var steps = DemoLot.Map.RouteTo(s)!.Steps;
            Assert.Contains(steps, step =>
                step.Kind == RouteStepKind.Take
                && step.Connector is ConnectorKind.Elevator or ConnectorKind.Stairs
                && step.TargetLevelName == "B3");
            Assert.DoesNotContain(steps, step => step.Kind == RouteStepKind.Take && step.Connector == ConnectorKind.Ramp);
        });
    }

    [Fact]
    public void RouteTo_SpacesOnB1_TakeNoConnector()
    {
        Assert.All(DemoLot.Level("B1").Spaces, s =>
        {
            var route = DemoLot.Map.RouteTo(s)!;
            Assert.DoesNotContain(route.Steps, step => step.Kind == RouteStepKind.Take);
            Assert.Single(route.Legs);
        });
    }

    [Theory]
    [MemberData(nameof(DeeperLevelNames))]
    public void RouteTo_SpacesOnDeeperLevel_AreFartherThanSameSpaceAbove(string levelName)
    {
        var level = DemoLot.Level(levelName);
        var above = DemoLot.Map.LevelByOrdinal(level.Ordinal + 1)!;
        Assert.All(level.Spaces, s =>
        {
            var twin = above.Spaces.Single(t => t.Label == s.Label);
            Assert.True(DemoLot.Map.RouteTo(s)!.DistanceMeters > DemoLot.Map.RouteTo(twin)!.DistanceMeters);
        });
    }

    [Fact]
    public void RouteTo_WalkSteps_HavePositiveDistances()
    {
        Assert.All(DemoLot.Map.Spaces, s =>
        {
            var walks = DemoLot.Map.RouteTo(s)!.Steps.Where(step => step.Kind == RouteStepKind.Walk).ToList();
            Assert.NotEmpty(walks);
            Assert.All(walks, w => Assert.True(w.DistanceMeters >= 0));
        });
    }

    [Fact]
    public void IsReachable_AccessNodeOfEverySpace_IsReachable()
    {
        Assert.All(DemoLot.Map.Spaces, s =>
        {
            Assert.True(DemoLot.Map.Walkways.IsReachable(s.AccessNode));
            Assert.Equal(s.Level.Id, DemoLot.Map.Walkways.LevelIdOf(s.AccessNode));
        });
    }

    [Fact]
    public void IsReachable_NegativeNode_IsFalse()
    {
        Assert.False(DemoLot.Map.Walkways.IsReachable(-1));
    }
}
