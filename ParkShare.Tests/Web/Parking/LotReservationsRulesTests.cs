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

        var fields = cut.FindComponents<MudNumericField<int>>();
        Assert.Equal(4, fields.Count);
        fields[3].Find("input").Change("5");
        cut.Find("[data-testid=save-rules]").Click();

        cut.WaitForElement("[data-testid=rules-summary]");
        Assert.Empty(cut.FindComponents<MudNumericField<int>>());
        Assert.Equal(5, (await Services.GetRequiredService<LotOperations>().RulesAsync(LotId))!.MaxActivePerDriver);
    }
}
