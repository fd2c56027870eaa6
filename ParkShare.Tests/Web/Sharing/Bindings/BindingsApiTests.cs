using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Sharing.Bindings;

/// <summary>/api/mp/bindings, shared-with-me and subscriptions: the happy path, 404 for other drivers' ids, 4xx for bad input.</summary>
public sealed class BindingsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private const string Nobody = "01a21861-0000-7000-8000-000000000000";

    [Fact]
    public async Task InviteAcceptListRevoke_BothSidesSeeTheBindingUntilEnded()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);

        var invite = await CreateInviteAsync(driver);
        var code = invite.GetProperty("code").GetString()!;
        var accepted = await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code });
        var again = await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code });

        Assert.Equal($"pages/bind/accept?invite={code}", invite.GetProperty("sharePath").GetString());
        Assert.StartsWith("data:image/png;base64,", invite.GetProperty("qrUrl").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", invite.GetProperty("miniProgramCodeUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyBound").GetBoolean());
        var mine = Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray());
        var theirs = Assert.Single((await friend.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray());
        Assert.Equal(("friend", "driver"), (mine.GetProperty("role").GetString(), theirs.GetProperty("role").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await friend.DeleteAsync($"/api/mp/bindings/{mine.GetProperty("id").GetString()}")).StatusCode);
        Assert.Empty((await driver.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task OthersIds_404AndOwnInvite409()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        using var stranger = await DriverClient.SignInAsync(fixture);
        var code = (await CreateInviteAsync(driver)).GetProperty("code").GetString();
        Assert.Equal(HttpStatusCode.Conflict, (await driver.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code })).StatusCode);
        var binding = await (await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code })).Content.ReadFromJsonAsync<JsonElement>();
        var record = await ParkAsync(driver, "B3-B-010");

        await AssertProblemAsync(await stranger.DeleteAsync($"/api/mp/bindings/{binding.GetProperty("id").GetString()}"), 404, "binding_not_found");
        await AssertProblemAsync(await stranger.DeleteAsync("/api/mp/bindings/not-an-id"), 404, "binding_not_found");
        await AssertProblemAsync(await stranger.PostAsync($"/api/mp/shared-with-me/{record}/picked-up", null), 404, "record_not_found");
        await AssertProblemAsync(await stranger.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code }), 409, "invite_used");
        await AssertProblemAsync(await stranger.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = "nope" }), 404, "invite_not_found");
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/mp/shared-with-me")).GetProperty("items").EnumerateArray());
        await AssertProblemAsync(
            await stranger.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B3-B-011" }, friendIds = new[] { Nobody } }),
            404, "friend_not_found");
    }

    [Fact]
    public async Task SharedWithMe_FriendSeesPositionAndPicksUp()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        var code = (await CreateInviteAsync(driver)).GetProperty("code").GetString();
        await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code });
        var record = await ParkAsync(driver, "B3-B-012");

        var shared = Assert.Single((await friend.GetFromJsonAsync<JsonElement>("/api/mp/shared-with-me")).GetProperty("items").EnumerateArray());
        Assert.Equal(record, shared.GetProperty("id").GetString());
        Assert.Equal("B3-B-012", shared.GetProperty("position").GetProperty("space").GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await friend.PostAsync($"/api/mp/shared-with-me/{record}/picked-up", null)).StatusCode);
        await AssertProblemAsync(await friend.PostAsync($"/api/mp/shared-with-me/{record}/picked-up", null), 409, "record_ended");
        Assert.Equal("ended", (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{record}")).GetProperty("state").GetString());
        Assert.Empty((await friend.GetFromJsonAsync<JsonElement>("/api/mp/shared-with-me")).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"accepted\":[\"sandbox-position-subscribe\",\"sandbox-notice-subscribe\"]}", 200, null)]
    [InlineData("{\"accepted\":[\"someone-elses-template\"]}", 400, "validation_failed")]
    [InlineData("{}", 400, "validation_failed")]
    [InlineData("{\"accepted\":", 400, "malformed_json")]
    public async Task Subscriptions_OnlyConfiguredTemplates(string body, int status, string? code)
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var response = await driver.PostAsync("/api/mp/subscriptions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (code is null)
        {
            Assert.Equal(2, json.GetProperty("recorded").GetInt32());
        }
        else
        {
            Assert.Equal(code, json.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Accept_BadBody_400()
    {
        using var friend = await DriverClient.SignInAsync(fixture);

        await AssertProblemAsync(await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = "" }), 400, "validation_failed");
        await AssertProblemAsync(await friend.PostAsync("/api/mp/bindings/accept", new StringContent("{", Encoding.UTF8, "application/json")), 400, "malformed_json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync("/api/mp/bindings")).StatusCode);
    }

    [Fact]
    public async Task BindScene_OfficialAccountScan_BindsTheScanner()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var code = (await CreateInviteAsync(driver)).GetProperty("code").GetString()!;
        var handler = fixture.Factory.Services.GetServices<IOfficialAccountSceneHandler>().Single(h => h.Prefix == "bind:");

        var reply = await handler.HandleAsync(new OfficialAccountScan("sandbox-oa-scanner-" + Guid.NewGuid().ToString("N"), null, code, NewFollower: true), CancellationToken.None);
        var replay = await handler.HandleAsync(new OfficialAccountScan("sandbox-oa-late", null, code, NewFollower: false), CancellationToken.None);

        Assert.Contains("绑定成功", reply, StringComparison.Ordinal);
        Assert.Contains("已被使用", replay, StringComparison.Ordinal);
        Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray());
    }

    internal static async Task<JsonElement> CreateInviteAsync(HttpClient driver)
    {
        var response = await driver.PostAsync("/api/mp/bindings/invites", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> ParkAsync(HttpClient driver, string code)
    {
        var response = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
