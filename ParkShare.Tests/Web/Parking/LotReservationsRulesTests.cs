using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ParkShare.Core.Drivers;
using ParkShare.Core.Parking;
using ParkShare.Tests.Web.Lots;
using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

/// <summary>The reservations page's rules panel: text until staff choose to change them, then the form (issue #19: circuit memory).</summary>
public sealed class LotReservationsRulesTests : LotAdminComponentTest
{
    public LotReservationsRulesTests()
    {
        Services.AddSingleton<LotOperations>();
        Services.AddSingleton<DriverProfiles>();
        Services.AddSingleton<StaffPlateSearch>();
        Services.AddSingleton<ConsolePlateSearch>();
        Services.AddSingleton<ReservationSearch>();
    }

    [Fact]
    public void Rules_BeforeChangeRules_ShownAsTextWithoutInputs()
    {
        var cut = Render<LotReservations>(ps => ps.Add(p => p.LotId, LotId));

        cut.WaitForElement("[data-testid=rules-summary]");
        Assert.Contains(ReservationRules.Default.MaxActivePerDriver.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=rules-summary]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindComponents<MudNumericField<int>>());
        Assert.Empty(cut.FindAll("[data-testid=save-rules]"));
    }

    [Fact]
    public async Task ChangeRules_EditedAndSaved_StoredAndShownAsTextAgain()
    {
        var cut = Render<LotReservations>(ps => ps.Add(p => p.LotId, LotId));
        cut.WaitForElement("[data-testid=edit-rules]").Click();

        // The fields appear after the click's handler has rendered, which a loaded machine may not have done yet.
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindComponents<MudNumericField<int>>().Count));
        var fields = cut.FindComponents<MudNumericField<int>>();
        fields[3].Find("input").Change("5");
        cut.Find("[data-testid=save-rules]").Click();

        cut.WaitForElement("[data-testid=rules-summary]");
        Assert.Empty(cut.FindComponents<MudNumericField<int>>());
        Assert.Equal(5, (await Services.GetRequiredService<LotOperations>().RulesAsync(LotId))!.MaxActivePerDriver);
    }
}
