using Bunit;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Lots;

public sealed class LotDetailsFormTests : LotAdminComponentTest
{
    [Fact]
    public async Task Create_WindowsTimeZone_ShowsTimeZoneMessageAndWritesNothing()
    {
        var cut = Render<LotDetailsForm>();
        cut.Find("#lot-name").Change("新天地停车场");
        cut.Find("#lot-timezone").Change("China Standard Time");

        cut.Find("[data-testid=lot-form-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Text<LotDetailsForm>("LotEdit.Error.TimeZoneUnknown"), cut.Markup, StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Create_EmptyName_ShowsNameMessageAndWritesNothing()
    {
        var cut = Render<LotDetailsForm>();
        cut.Find("#lot-name").Change("   ");

        cut.Find("[data-testid=lot-form-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Text<LotDetailsForm>("LotEdit.Error.NameRequired"), cut.Markup, StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Create_LatitudeWithoutLongitude_ShowsGeoreferenceMessageAndWritesNothing()
    {
        var cut = Render<LotDetailsForm>();
        cut.Find("#lot-name").Change("Lot");
        cut.Find("#lot-lat").Change("31.2");

        cut.Find("[data-testid=lot-form-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Text<LotDetailsForm>("LotEdit.Error.GeoreferenceIncomplete"), cut.Find("[data-testid=geo-error]").TextContent));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Create_ValidInput_CreatesTheLotAndReportsItsId()
    {
        Guid? saved = null;
        var cut = Render<LotDetailsForm>(ps => ps.Add(p => p.OnSaved, id => saved = id));
        cut.Find("#lot-name").Change("新天地停车场");
        cut.Find("#lot-timezone").Change("Asia/Urumqi");

        cut.Find("[data-testid=lot-form-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal((2, 1, 1), await CountsAsync());
    }

    [Fact]
    public async Task Edit_OperatorNotAssigned_RefusedServerSide()
    {
        Auth.SetRoles(ParkShare.Core.Staff.ConsoleRoles.Operator);
        var cut = Render<LotDetailsForm>(ps => ps.Add(p => p.LotId, LotId).Add(p => p.Name, "Test lot"));
        cut.Find("#lot-name").Change("Renamed");

        cut.Find("[data-testid=lot-form-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Text<LotDetailsForm>("LotEdit.Error.NotFound"), cut.Find("[data-testid=lot-form-error]").TextContent.Trim()));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }
}
