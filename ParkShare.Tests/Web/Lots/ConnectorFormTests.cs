using Bunit;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Lots;

public sealed class ConnectorFormTests : LotAdminComponentTest
{
    [Fact]
    public async Task Submit_OneStopOnly_ShowsMessageAndWritesNothing()
    {
        var landmark = new LandmarkChoice(Guid.NewGuid(), B1, "B1", -1, LandmarkKind.Elevator, "1");
        var cut = Render<ConnectorForm>(ps => ps.Add(p => p.LotId, LotId).Add(p => p.Landmarks, [landmark]));
        cut.Find("#connector-name").Change("1");
        cut.Find("#connector-end-0").Change(landmark.Id.ToString());

        cut.Find("[data-testid=connector-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Text<ConnectorForm>("LotEdit.Error.ConnectorTooFewEnds"), cut.Find("[data-testid=connector-error]").TextContent.Trim()));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Submit_LandmarksWithoutWalkway_RefusedWithMessageAndWritesNothing()
    {
        var a = new LandmarkChoice(Guid.NewGuid(), B1, "B1", -1, LandmarkKind.Elevator, "1");
        var b = new LandmarkChoice(Guid.NewGuid(), Guid.NewGuid(), "B2", -2, LandmarkKind.Elevator, "1");
        var cut = Render<ConnectorForm>(ps => ps.Add(p => p.LotId, LotId).Add(p => p.Landmarks, [a, b]));
        cut.Find("#connector-name").Change("1");
        cut.Find("#connector-end-0").Change(a.Id.ToString());
        cut.Find("#connector-end-1").Change(b.Id.ToString());

        cut.Find("[data-testid=connector-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Text<ConnectorForm>("LotEdit.Error.ConnectorNodeMissing"), cut.Find("[data-testid=connector-error]").TextContent.Trim()));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }
}
