using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Staff;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Web.Lots;
using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

/// <summary>Staff find a car by plate within their own lots only; every search is in the lot's history; bad queries are refused beside the field.</summary>
public sealed class PlateSearchPanelTests : LotAdminComponentTest
{
    public PlateSearchPanelTests()
    {
        Services.AddSingleton<StaffPlateSearch>();
        Services.AddSingleton<ConsolePlateSearch>();
    }

    private IDbContextFactory<ParkShareDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>();

    [Fact]
    public async Task Search_PlateParkedHere_ShowsTheCarAndWritesTheNormalisedPlateToHistory()
    {
        await ParkAsync(LotId, "B1-A-001", "沪A11111");
        var panel = Render<PlateSearchPanel>(p => p.Add(x => x.LotId, LotId).Add(x => x.TimeZoneId, "Asia/Shanghai"));

        await SearchAsync(panel, " 沪ａ·111 11 ");

        var result = panel.WaitForElement("[data-testid=plate-result]");
        Assert.Equal("parked", result.GetAttribute("data-state"));
        Assert.Contains("B1-A-001", result.TextContent, StringComparison.Ordinal);
        var entry = Assert.Single(await HistoryAsync(LotId));
        Assert.Equal(("admin-id", "沪A11111"), (entry.UserId, entry.Summary));
    }

    [Fact]
    public async Task Search_OperatorOfLotA_CannotFindAPlateParkedInLotB()
    {
        var lotB = await AddLotAsync("Other lot");
        await ParkAsync(lotB, "B1-A-001", "沪B22222");
        await AddOperatorAsync("op-id", LotId);

        var inOwnLot = Render<PlateSearchPanel>(p => p.Add(x => x.LotId, LotId));
        await SearchAsync(inOwnLot, "沪B22222");
        inOwnLot.WaitForElement("[data-testid=plate-none]");
        Assert.Empty(inOwnLot.FindAll("[data-testid=plate-result]"));

        var inOtherLot = Render<PlateSearchPanel>(p => p.Add(x => x.LotId, lotB));
        await SearchAsync(inOtherLot, "沪B22222");
        Assert.Empty(inOtherLot.FindAll("[data-testid=plate-result]"));
        Assert.Contains(Text<PlateSearchPanel>("Lot.NotFound"), inOtherLot.Find("[data-testid=plate-search]").TextContent, StringComparison.Ordinal);

        Assert.Equal("沪B22222", Assert.Single(await HistoryAsync(LotId)).Summary);
        Assert.Empty(await HistoryAsync(lotB));
    }

    [Theory]
    [InlineData("   ", "PlateSearch.Empty")]
    [InlineData("·-", "PlateSearch.Empty")]
    [InlineData("沪A1234567890123456789", "PlateSearch.TooLong")]
    [InlineData("沪A\t12345", "PlateSearch.ControlCharacters")]
    [InlineData("沪A\u000112345", "PlateSearch.ControlCharacters")]
    public async Task Search_BadQuery_MessageBesideTheFieldAndNothingWritten(string query, string key)
    {
        var panel = Render<PlateSearchPanel>(p => p.Add(x => x.LotId, LotId));

        await SearchAsync(panel, query);

        panel.WaitForAssertion(() => Assert.Contains(Text<PlateSearchPanel>(key), panel.Find(".mud-input-helper-text").TextContent, StringComparison.Ordinal));
        Assert.Empty(panel.FindAll("[data-testid=plate-result]"));
        Assert.Empty(await HistoryAsync(LotId));
    }

    [Fact]
    public async Task Search_OverlongPaste_RefusedBeforeNormalising()
    {
        var panel = Render<PlateSearchPanel>(p => p.Add(x => x.LotId, LotId));

        await SearchAsync(panel, new string(' ', PlateQuery.MaxInputLength) + "沪A11111");

        panel.WaitForAssertion(() => Assert.Contains(Text<PlateSearchPanel>("PlateSearch.TooLong"), panel.Markup, StringComparison.Ordinal));
        Assert.Empty(await HistoryAsync(LotId));
    }

    private static async Task SearchAsync(IRenderedComponent<PlateSearchPanel> panel, string query)
    {
        await panel.Find("#plate-query").InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = query });
        await panel.Find("[data-testid=plate-search-button]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
    }

    private async Task<List<LotChange>> HistoryAsync(Guid lotId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.LotChanges.Where(c => c.LotId == lotId && c.Kind == LotChangeKind.PlateSearched).ToListAsync();
    }

    private async Task<Guid> AddLotAsync(string name)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var lot = Lot.Create(name, "Elsewhere", "Asia/Shanghai", Georeference.None);
        lot.AddLevel("B1", -1, Polygon2.Rectangle(0, 0, 50, 40)).AddSpace(null, "B1-A-001", 1, Polygon2.Rectangle(0, 0, 2.5, 5), SpaceKind.Standard);
        db.Lots.Add(lot);
        await db.SaveChangesAsync();
        return lot.Id;
    }

    private async Task ParkAsync(Guid lotId, string code, string plate)
    {
        var map = await Services.GetRequiredService<LotMapCache>().GetAsync(lotId);
        var position = Services.GetRequiredService<PositionRefiner>().Refine(map!, new SpaceCodePosition(code)).Position!;
        await using var db = await Contexts.CreateDbContextAsync();
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "plate-" + Guid.NewGuid().ToString("N"), null), DateTime.UtcNow);
        db.Drivers.Add(driver);
        db.ParkingRecords.Add(ParkingRecord.Park(driver.Id, position, new ParkingDetails(PlateNumber.Normalize(plate), null, null), null, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    private async Task AddOperatorAsync(string userId, Guid lotId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        db.Users.Add(new ConsoleUser { Id = userId, UserName = "op@parkshare.local", Email = "op@parkshare.local", DisplayName = "Operator A", SecurityStamp = "stamp" });
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = userId, RoleId = ConsoleRoles.OperatorRoleId });
        db.LotAssignments.Add(new LotAssignment(userId, lotId));
        await db.SaveChangesAsync();
        Auth.SetAuthorized("op@parkshare.local");
        Auth.SetRoles(ConsoleRoles.Operator);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }
}
