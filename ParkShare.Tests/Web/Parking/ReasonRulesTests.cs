using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

public sealed class ReasonRulesTests
{
    [Theory]
    [InlineData(null, "Reason.Required")]
    [InlineData("   ", "Reason.Required")]
    [InlineData("维修\u0007", "Reason.ControlCharacters")]
    [InlineData("第一行\n第二行", "Reason.ControlCharacters")]
    [InlineData("消防检查", null)]
    public void Problem_Value_MessageKeyOrNone(string? reason, string? expected) => Assert.Equal(expected, ReasonRules.Problem(reason));

    [Fact]
    public void Problem_Overlong_TooLong() => Assert.Equal("Reason.TooLong", ReasonRules.Problem(new string('修', 201)));
}
