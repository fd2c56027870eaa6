using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Drivers;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Sharing.Bindings;

/// <summary>People by name over /api/mp: my nickname, an alias for the other side of a binding, who invites; bad names are 400 beside the field.</summary>
public sealed class BindingPeopleApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task NicknameAndAlias_EachSideSeesTheOtherByName()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        var me = await (await driver.PatchAsJsonAsync("/api/mp/me", new { nickname = " 小王 " })).Content.ReadFromJsonAsync<JsonElement>();
        await friend.PatchAsJsonAsync("/api/mp/me", new { nickname = "小雨" });
        var code = (await BindingsApiTests.CreateInviteAsync(driver)).GetProperty("code").GetString();

        var preview = await friend.PostAsJsonAsync("/api/mp/bindings/preview", new { invite = code });
        var accepted = await (await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code })).Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetString();
        var renamed = await driver.PatchAsJsonAsync($"/api/mp/bindings/{id}", new { alias = "老婆" });
        var mine = Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray());
        var theirs = Assert.Single((await friend.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray());

        Assert.Equal("小王", me.GetProperty("nickname").GetString());
        Assert.Matches("^#[0-9A-F]{4}-[0-9A-F]{4}$", me.GetProperty("reference").GetString());
        Assert.Equal("小王", (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inviterName").GetString());
        Assert.Equal("小王", accepted.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(("老婆", "老婆", "小雨"), (mine.GetProperty("name").GetString(), mine.GetProperty("alias").GetString(), mine.GetProperty("nickname").GetString()));
        Assert.Equal("小王", theirs.GetProperty("name").GetString());
        var cleared = await (await driver.PatchAsJsonAsync($"/api/mp/bindings/{id}", new { alias = (string?)null })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("小雨", cleared.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{\"alias\":\"\"}", "alias")]
    [InlineData("{\"alias\":\"   \"}", "alias")]
    [InlineData("{\"alias\":\"123456789012345678901234567890123\"}", "alias")]
    [InlineData("{\"alias\":\"a\\u0007b\"}", "alias")]
    [InlineData("{\"alias\":\"a\\u202eb\"}", "alias")]
    [InlineData("{\"alias\":42}", "alias")]
    [InlineData("{}", "alias")]
    public async Task SetAlias_BadName_400BesideTheField(string body, string field)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        var code = (await BindingsApiTests.CreateInviteAsync(driver)).GetProperty("code").GetString();
        var id = (await (await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await driver.PatchAsync($"/api/mp/bindings/{id}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
        Assert.Null(Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/bindings")).GetProperty("items").EnumerateArray()).GetProperty("alias").GetString());
    }

    [Fact]
    public async Task Rename_BadNicknames_400AndTheOldNameStays()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        await driver.PatchAsJsonAsync("/api/mp/me", new { nickname = "小王" });

        var empty = await driver.PatchAsJsonAsync("/api/mp/me", new { nickname = "" });
        var tooLong = await driver.PatchAsJsonAsync("/api/mp/me", new { nickname = new string('长', 33) });
        var control = await driver.PatchAsJsonAsync("/api/mp/me", new { nickname = "小\n王" });
        var notJson = await driver.PatchAsync("/api/mp/me", new StringContent("nickname=x", Encoding.UTF8, "text/plain"));

        Assert.All([empty, tooLong, control], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("32", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("nickname")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal("小王", (await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task SetAlias_OthersOrMalformedId_404()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        using var stranger = await DriverClient.SignInAsync(fixture);
        var code = (await BindingsApiTests.CreateInviteAsync(driver)).GetProperty("code").GetString();
        var id = (await (await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = code })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var others = await stranger.PatchAsJsonAsync($"/api/mp/bindings/{id}", new { alias = "x" });
        var malformed = await stranger.PatchAsJsonAsync("/api/mp/bindings/not-an-id", new { alias = "x" });
        var usedPreview = await stranger.PostAsJsonAsync("/api/mp/bindings/preview", new { invite = code });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (others.StatusCode, malformed.StatusCode));
        Assert.Equal("binding_not_found", (await others.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("invite_used", (await usedPreview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task StaffLabels_PlateOnlyInTheLotWhereTheDriverParked()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        await driver.PatchAsJsonAsync("/api/mp/me", new { nickname = "小王" });
        var parked = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B3-B-020" }, plate = "沪A12345" });
        parked.EnsureSuccessStatusCode();
        var driverId = Guid.Parse((await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("driverId").GetString()!);
        var profiles = fixture.Factory.Services.GetRequiredService<DriverProfiles>();

        var here = (await profiles.ForLotAsync(Guid.Parse(fixture.LotId), [driverId]))[driverId];
        var elsewhere = (await profiles.ForLotAsync(Guid.NewGuid(), [driverId]))[driverId];

        Assert.Equal(("小王", "沪A12345", DriverReference.For(driverId)), (here.Nickname, here.Plate, here.Reference));
        Assert.Equal(("小王", (string?)null), (elsewhere.Nickname, elsewhere.Plate));
    }
}
