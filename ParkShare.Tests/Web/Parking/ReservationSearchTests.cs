using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;
using ParkShare.Tests.Web.Lots;
using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

/// <summary>The reservations page's search box: a space code (any form, or part of one) narrows by space unrecorded; a plate narrows by driver and is recorded.</summary>
public sealed class ReservationSearchTests : LotAdminComponentTest
{
    public ReservationSearchTests()
    {
        Services.AddSingleton<StaffPlateSearch>();
        Services.AddSingleton<ConsolePlateSearch>();
        Services.AddSingleton<ReservationSearch>();
    }

    private ClaimsPrincipal User => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "admin-id"), new Claim(ClaimTypes.Role, "Admin")], "test"));

    [Theory]
    [InlineData("B1-A-001")]
    [InlineData("b1a001")]
    [InlineData("b1 a")]
    public async Task Resolve_SpaceCodeOrPartOfOne_NarrowsBySpaceWithoutHistory(string text)
    {
        var map = (await Services.GetRequiredService<LotMapCache>().GetAsync(LotId))!;

        var result = await Services.GetRequiredService<ReservationSearch>().ResolveAsync(User, map, text);

        Assert.Equal([map.Spaces.Single(s => s.Code == "B1-A-001").Id], result.SpaceIds);
        Assert.Null(result.DriverIds);
        Assert.Equal(0, await PlateSearchesAsync());
    }

    [Theory]
    [InlineData("沪A 99999", "沪A99999")]
    [InlineData("B9Z", "B9Z")]
    public async Task Resolve_NotASpaceCode_SearchedAsAPlateAndWrittenToHistory(string text, string plateKey)
    {
        var map = (await Services.GetRequiredService<LotMapCache>().GetAsync(LotId))!;

        var result = await Services.GetRequiredService<ReservationSearch>().ResolveAsync(User, map, text);

        Assert.Null(result.SpaceIds);
        Assert.Equal(plateKey, result.PlateKey);
        Assert.Empty(result.DriverIds!);
        Assert.Equal(1, await PlateSearchesAsync());
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("沪A\n1", "PlateSearch.ControlCharacters")]
    public async Task Resolve_EmptyOrBad_NoSearchOrAMessage(string text, string? key)
    {
        var map = (await Services.GetRequiredService<LotMapCache>().GetAsync(LotId))!;

        var result = await Services.GetRequiredService<ReservationSearch>().ResolveAsync(User, map, text);

        Assert.Equal(key, result.ProblemKey);
        Assert.Null(result.SpaceIds);
        Assert.Null(result.DriverIds);
        Assert.Equal(0, await PlateSearchesAsync());
    }

    private async Task<int> PlateSearchesAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        return await db.LotChanges.CountAsync(c => c.Kind == LotChangeKind.PlateSearched);
    }
}
