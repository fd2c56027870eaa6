using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>
/// The real host with a wall clock that goes back: a share link the friend's page once answered 410
/// for stays gone on the page, the mini-program's share-view and the driver's list, with the expiry
/// shown unchanged, until the driver extends it.
/// </summary>
public sealed class ShareClockJumpTests : IDisposable
{
    private readonly ParkShareWebFactory _root = new();
    private readonly JumpingClock _clock = new(DateTimeOffset.UtcNow);
    private readonly WebApplicationFactory<Program> _factory;

    public ShareClockJumpTests()
    {
        _root.Settings["Sharing:ViewsPerLinkPerMinute"] = "0";
        _factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    [Fact]
    public async Task Page_SeenExpiredThenClockBackBeforeTheExpiry_410EverywhereUntilExtended()
    {
        var driver = await DriverAsync();
        var (id, token) = await ShareAsync(driver);
        var expiresAt = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items")[0].GetProperty("expiresAt").GetDateTimeOffset();
        var friend = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        _clock.Jump(TimeSpan.FromMinutes(70));
        var seen = (await friend.GetAsync($"/s/{token}")).StatusCode;
        _clock.Jump(TimeSpan.FromMinutes(-40)); // half an hour before the expiry instant
        var page = (await friend.GetAsync($"/s/{token}")).StatusCode;
        var view = (await friend.PostAsJsonAsync("/api/mp/share-view", new { token })).StatusCode;
        var listed = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items")[0];

        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone, HttpStatusCode.Gone), (seen, page, view));
        Assert.Equal("expired", listed.GetProperty("state").GetString());
        Assert.Equal(expiresAt, listed.GetProperty("expiresAt").GetDateTimeOffset());

        var extended = await driver.PostAsJsonAsync($"/api/mp/shares/{id}/extend", new { lifetimeHours = 1 });
        var body = await extended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal("active", body.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await friend.GetAsync($"/s/{token}")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _root.Dispose();
    }

    private async Task<HttpClient> DriverAsync()
    {
        var driver = _factory.CreateClient();
        var session = await (await driver.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        driver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return driver;
    }

    private static async Task<(string Id, string Token)> ShareAsync(HttpClient driver)
    {
        var lot = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString();
        var record = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = lot, position = new { kind = "spaceCode", code = "B2-C-017" } });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        var recordId = (await record.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var created = await driver.PostAsJsonAsync("/api/mp/shares", new { recordId, lifetimeHours = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var share = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (share.GetProperty("id").GetString()!, share.GetProperty("url").GetString()!.Split('/').Last());
    }
}
