using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class ConnectorRulesTests
{
    private readonly Lot _lot = Lot.Create("Test", "", "Asia/Shanghai", Georeference.None);
    private readonly Dictionary<string, WalkwayNode> _nodes = [];

    public ConnectorRulesTests()
    {
        foreach (var (name, ordinal) in new[] { ("B1", -1), ("B2", -2), ("B3", -3) })
        {
            var level = _lot.AddLevel(name, ordinal, Polygon2.Rectangle(0, 0, 50, 50));
            var elevator = level.AddLandmark(LandmarkKind.Elevator, "1", new Point2(10, 10));
            _nodes[name] = level.AddNode(new Point2(10, 12), elevator.Id);
            _nodes[name + "x"] = level.AddNode(new Point2(20, 12));
        }
    }

    [Fact]
    public void Check_TwoLevelsPositiveCost_Accepted() =>
        Assert.Equal(LotEditError.None, ConnectorRules.Check(_lot, _nodes["B1"], _nodes["B2"], 8));

    [Fact]
    public void Check_SameLevel_Refused() =>
        Assert.Equal(LotEditError.ConnectorSameLevel, ConnectorRules.Check(_lot, _nodes["B1"], _nodes["B1x"], 8));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(5000)]
    public void Check_CostNotSane_Refused(double cost) =>
        Assert.Equal(LotEditError.CostOutOfRange, ConnectorRules.Check(_lot, _nodes["B1"], _nodes["B2"], cost));

    [Fact]
    public void Check_SameNodesAlreadyJoinedEitherWay_Refused()
    {
        _lot.Connect(ConnectorKind.Elevator, "1", _nodes["B1"], _nodes["B2"], 8);

        Assert.Equal(LotEditError.ConnectorDuplicate, ConnectorRules.Check(_lot, _nodes["B1"], _nodes["B2"], 8));
        Assert.Equal(LotEditError.ConnectorDuplicate, ConnectorRules.Check(_lot, _nodes["B2"], _nodes["B1"], 15));
        Assert.Equal(LotEditError.None, ConnectorRules.Check(_lot, _nodes["B1x"], _nodes["B2"], 15));
    }

    [Fact]
    public void Check_NodeOfAnotherLot_Refused()
    {
        var other = LotGenerator.Generate(LotLayout.Demo);
        var foreign = other.Levels[0].WalkwayNodes[0];

        Assert.Equal(LotEditError.ConnectorNodeMissing, ConnectorRules.Check(_lot, _nodes["B1"], foreign, 8));
    }

    [Fact]
    public void Chain_ElevatorServingThreeLevels_JoinsEachAdjacentPairBottomUp()
    {
        var (pairs, error) = ConnectorRules.Chain(_lot, [_nodes["B1"], _nodes["B3"], _nodes["B2"]], 8);

        Assert.Equal(LotEditError.None, error);
        Assert.Equal([(_nodes["B3"], _nodes["B2"]), (_nodes["B2"], _nodes["B1"])], pairs);
    }

    [Fact]
    public void Chain_TwoStopsOnOneLevel_Refused()
    {
        var (pairs, error) = ConnectorRules.Chain(_lot, [_nodes["B1"], _nodes["B1x"], _nodes["B2"]], 8);

        Assert.Equal(LotEditError.ConnectorSameLevel, error);
        Assert.Empty(pairs);
    }

    [Fact]
    public void Chain_OneStop_Refused() =>
        Assert.Equal(LotEditError.ConnectorTooFewEnds, ConnectorRules.Chain(_lot, [_nodes["B1"]], 8).Error);
}
