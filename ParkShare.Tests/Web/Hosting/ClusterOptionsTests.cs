using ParkShare.Web.Hosting;

namespace ParkShare.Tests.Web.Hosting;

public sealed class ClusterOptionsTests
{
    [Theory]
    [InlineData(120, 1, 120)]
    [InlineData(120, 2, 60)]
    [InlineData(20, 3, 7)]
    [InlineData(1, 4, 1)]
    [InlineData(0, 4, 0)]
    public void PerNode_LimitAndNodes_EachNodeEnforcesItsShareRoundedUpAndOffStaysOff(int limit, int nodes, int expected)
    {
        Assert.Equal(expected, ClusterOptions.PerNode(limit, nodes));
    }
}
