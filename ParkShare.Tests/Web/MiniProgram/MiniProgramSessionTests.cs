using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Sharing.Bindings;

namespace ParkShare.Tests.Web.MiniProgram;

/// <summary>Config, sandbox sign-in with X~anything, sign-out, share codes and the sandbox inbox.</summary>
public sealed class MiniProgramSessionTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly string[] PositionTemplate = ["sandbox-position-subscribe"];

    [Fact]
    public async Task Config_PublishesTemplatesVersionAndSandbox()
    {
        using var anonymous = fixture.Factory.CreateClient();

        var config = await anonymous.GetFromJsonAsync<JsonElement>("/api/mp/config");

        Assert.Equal("sandbox-position-subscribe", config.GetProperty("templates").GetProperty("positionShared").GetString());
        Assert.Equal("sandbox-notice-subscribe", config.GetProperty("templates").GetProperty("driverNotice").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", config.GetProperty("minClientVersion").GetString());
        Assert.True(config.GetProperty("sandbox").GetBoolean());
    }

    [Fact]
    public async Task SandboxSignIn_TildeCodesSignTheSameDriverIn_ReusedCodeRefused()
    {
        var name = "dev" + Guid.NewGuid().ToString("N")[..8];
        using var client = fixture.Factory.CreateClient();

        var first = await client.PostAsJsonAsync("/api/mp/session", new { code = name });
        var second = await client.PostAsJsonAsync("/api/mp/session", new { code = name + "~2" });
        var reused = await client.PostAsJsonAsync("/api/mp/session", new { code = name + "~2" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("driverId").GetString(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("driverId").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Equal("invalid_login_code", (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task SignOut_EndsOnlyThisSession()
    {
        var name = "out" + Guid.NewGuid().ToString("N")[..8];
        using var phone = await DriverClient.SignInAsync(fixture, name);
        using var tablet = await DriverClient.SignInAsync(fixture, name + "~tablet");

        var signedOut = await phone.DeleteAsync("/api/mp/session");

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        var refused = await phone.GetAsync("/api/mp/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("session_required", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await tablet.GetAsync("/api/mp/me")).StatusCode);
    }

    [Fact]
    public async Task ShareCode_OwnerGetsTheSharePageCode_OthersGet404()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var (id, token) = await new ShareViewApiTests(fixture).ShareAsync(driver, "B3-D-031", new { });

        var code = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{id}/code");
        var foreign = await other.GetAsync($"/api/mp/shares/{id}/code");

        Assert.Equal($"pages/share/view?scene={token}", code.GetProperty("sharePath").GetString());
        Assert.Equal(token, code.GetProperty("scene").GetString());
        Assert.StartsWith("data:image/png;base64,iVBOR", code.GetProperty("imageUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task SandboxInbox_HoldsOnlyMyMessages()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        using var stranger = await DriverClient.SignInAsync(fixture);
        var invite = await BindingsApiTests.CreateInviteAsync(driver);
        await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = invite.GetProperty("code").GetString() });
        await friend.PostAsJsonAsync("/api/mp/subscriptions", new { accepted = PositionTemplate });
        var parked = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B3-D-032" } });
        var recordId = (await parked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var items = await PollAsync(friend);

        var message = Assert.Single(items.EnumerateArray());
        Assert.Equal("subscribe", message.GetProperty("kind").GetString());
        Assert.Equal($"pages/record/detail?id={recordId}", message.GetProperty("page").GetString());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/mp/sandbox/inbox")).GetProperty("items").EnumerateArray());
        using var anonymous = fixture.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/mp/sandbox/inbox")).StatusCode);
    }

    private static async Task<JsonElement> PollAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var items = (await client.GetFromJsonAsync<JsonElement>("/api/mp/sandbox/inbox")).GetProperty("items");
            if (items.GetArrayLength() > 0 || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(200);
        }
    }
}
