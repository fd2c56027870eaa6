using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ParkShare.Tests.Web.Sharing.Links;
using ParkShare.Tests.Web.Staff;

namespace ParkShare.Tests.Web.Security;

/// <summary>Every log line (all levels, all categories) of a run through the sensitive flows: no token, PIN, password or session_key in any.</summary>
public sealed class SensitiveLogTests : IClassFixture<ShareSite>
{
    private readonly ShareSite _site;

    public SensitiveLogTests(ShareSite site) => _site = site;

    [Fact]
    public async Task Logs_SignInShareWithPinConsoleSignInAndSignOut_CarryNoSecret()
    {
        const string pin = "731946";
        const string wrongPin = "902817";
        const string adminPassword = "ParkShare!2026";
        const string wrongPassword = "Wr0ng-Passw0rd!x";
        var code = "log-check-" + Guid.NewGuid().ToString("N")[..8];
        var sessionKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("sandbox-session:" + code))[..16]);

        // The mini-program signs in, parks, shares with a PIN, lists its sessions and signs out.
        using var driver = _site.Factory.CreateClient();
        var session = await (await driver.PostAsJsonAsync("/api/mp/session", new { code })).Content.ReadFromJsonAsync<JsonElement>();
        var bearer = session.GetProperty("token").GetString()!;
        driver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var lot = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString();
        var parked = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = lot, position = new { kind = "spaceCode", code = "B2-C-044" }, plate = "沪B73194" });
        Assert.True(parked.IsSuccessStatusCode, await parked.Content.ReadAsStringAsync());
        var record = await parked.Content.ReadFromJsonAsync<JsonElement>();
        var created = await driver.PostAsJsonAsync("/api/mp/shares", new { recordId = record.GetProperty("id").GetString(), pin });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var share = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = share.GetProperty("url").GetString()!.Split('/').Last();

        // A friend opens it, gets the PIN wrong, then right, and loads its assets.
        using var friend = _site.Phone("198.51.100.150");
        await friend.GetAsync($"/s/{token}");
        await SharePageTests.PostAsync(friend, token, "pin", new() { ["Pin"] = wrongPin });
        await SharePageTests.PostAsync(friend, token, "pin", new() { ["Pin"] = pin });
        await friend.GetAsync($"/s/{token}");
        await friend.GetAsync($"/s/{token}/poster.png");
        await friend.GetAsync($"/s/{token}/qr.svg");
        await friend.GetAsync($"/s/{token}/photo");

        // Staff sign in, once wrong; the driver signs out.
        using var staff = _site.Phone("198.51.100.151");
        await LoginTests.PostLoginAsync(staff, "admin@parkshare.local", wrongPassword);
        await LoginTests.PostLoginAsync(staff, "admin@parkshare.local", adminPassword);
        await driver.GetAsync("/api/mp/sessions");
        await driver.DeleteAsync("/api/mp/session");
        await driver.GetAsync("/api/mp/me");

        var logs = _site.Logs.ToArray();
        Assert.True(logs.Length > 100, $"only {logs.Length} lines captured");
        foreach (var (name, secret) in new[]
        {
            ("bearer token", bearer), ("share token", token), ("PIN", pin), ("wrong PIN", wrongPin),
            ("admin password", adminPassword), ("wrong password", wrongPassword), ("session_key", sessionKey),
        })
        {
            Assert.False(logs.Any(l => l.Contains(secret, StringComparison.Ordinal)), $"the {name} appears in: {logs.FirstOrDefault(l => l.Contains(secret, StringComparison.Ordinal))}");
        }
    }
}
