using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>/m/park refines against the lot as the database holds it now, like the API, not against the map it rendered with.</summary>
public sealed class MobileParkFreshMapTests
{
    [Fact]
    public async Task Park_SpaceRenamedElsewhereWhileTheMapWasTrusted_RefinesAgainstTheCurrentLot()
    {
        using var root = new ParkShareWebFactory();
        // A node trusts its cached map while it hears no edit: here for an hour, so only the database knows of the rename.
        using var host = root.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton(sp =>
            new LotMapCache(sp.GetRequiredService<IDbContextFactory<ParkShareDbContext>>(), sp.GetRequiredService<TimeProvider>()) { Freshness = TimeSpan.FromHours(1) })));
        using var phone = await MobileClient.SignInAsync(host);
        var lots = await phone.Http.GetFromJsonAsync<JsonElement>("/api/mp/lots");
        var lotId = Guid.Parse(lots.GetProperty("items")[0].GetProperty("id").GetString()!);
        Assert.Contains("data-testid=\"park-form\"", await phone.PageAsync("/m/park"), StringComparison.Ordinal); // the lot's map is now cached

        // Another node renames a space: the database changes and this node is not told.
        var factory = host.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var levels = db.Levels.Where(l => l.LotId == lotId).Select(l => l.Id);
            Assert.Equal(1, await db.Spaces.Where(s => levels.Contains(s.LevelId) && s.Code == "B1-A-003").ExecuteUpdateAsync(u => u.SetProperty(s => s.Code, "B1-A-903")));
            Assert.Equal(1, await db.Lots.Where(l => l.Id == lotId).ExecuteUpdateAsync(u => u.SetProperty(l => l.Version, l => l.Version + 1)));
        }

        var parked = await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = lotId.ToString(), ["Kind"] = "spaceCode", ["Code"] = "B1-A-903" });

        Assert.Equal(HttpStatusCode.Found, parked.StatusCode);
        Assert.Contains("B1-A-903", await phone.PageAsync("/m/car"), StringComparison.Ordinal);
    }
}
