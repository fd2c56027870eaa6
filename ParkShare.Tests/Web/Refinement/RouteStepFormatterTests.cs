using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots;
using ParkShare.Core.Wayfinding;
using ParkShare.Web.Localization;
using ParkShare.Web.Refinement;

namespace ParkShare.Tests.Web.Refinement;

public sealed class RouteStepFormatterTests
{
    private readonly RouteStepFormatter _formatter = new ServiceCollection()
        .AddParkShareLocalization().AddParkShareRefinement().BuildServiceProvider()
        .GetRequiredService<RouteStepFormatter>();

    [Theory]
    [InlineData("en", "Walk 14 m")]
    [InlineData("zh-CN", "步行 14 米")]
    public void Format_WalkWithoutTurn_IsASentenceOfItsOwn(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => _formatter.Format(new RouteStep(RouteStepKind.Walk, Guid.Empty, "B1", 14))));

    [Theory]
    [InlineData("en", "Turn right, walk 6 m to Elevator 4")]
    [InlineData("zh-CN", "右转，步行 6 米到达4号电梯")]
    public void Format_TurnThenWalkToLandmark_NamesTheLandmark(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => _formatter.Format(new RouteStep(
            RouteStepKind.Walk, Guid.Empty, "B1", 6, TurnDirection.Right, LandmarkKind.Elevator, "4"))));

    [Theory]
    [InlineData("en", "Take Elevator 3 to B2")]
    [InlineData("zh-CN", "乘坐3号电梯到B2层")]
    public void Format_TakeElevator_NamesConnectorAndLevel(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => _formatter.Format(new RouteStep(
            RouteStepKind.Take, Guid.Empty, "B1", LandmarkName: "3", Connector: ConnectorKind.Elevator, TargetLevelName: "B2"))));

    [Fact]
    public void LandmarkName_FreeTextName_IsLeftAsTyped() =>
        Assert.Equal("东侧观光电梯", In("zh-CN", () => _formatter.LandmarkName(LandmarkKind.Elevator, "东侧观光电梯")));

    private static string In(string culture, Func<string> format)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return format();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
