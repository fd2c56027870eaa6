using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Drivers;

/// <summary>DELETE /api/mp/session signs the calling session out; a driver lists their sessions and ends another one.</summary>
public sealed class DriverSessionsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task DeleteSession_Bearer_204AndTheTokenStopsWorking()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        Assert.Equal(HttpStatusCode.OK, (await driver.GetAsync("/api/mp/me")).StatusCode);

        var ended = await driver.DeleteAsync("/api/mp/session");

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await driver.GetAsync("/api/mp/me")).StatusCode);
    }

    [Fact]
    public async Task Sessions_TwoOfOneDriver_ListedAndTheOtherEndedWhileThisOneWorks()
    {
        var code = "sessions-" + Guid.NewGuid().ToString("N")[..8];
        using var phone = await DriverClient.SignInAsync(fixture, code);
        using var tablet = fixture.Factory.CreateClient();
        var second = await fixture.Factory.Services.GetRequiredService<DriverSessionService>().OpenSessionAsync(SandboxWeChatClient.OfficialAccountIdentity(code));
        tablet.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.Token);

        var list = await phone.GetFromJsonAsync<JsonElement>("/api/mp/sessions");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Single(items, i => i.GetProperty("current").GetBoolean());
        Assert.DoesNotContain(second.Token, list.GetRawText(), StringComparison.Ordinal);
        var other = items.Single(i => !i.GetProperty("current").GetBoolean()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await phone.DeleteAsync($"/api/mp/sessions/{other}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tablet.GetAsync("/api/mp/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/mp/me")).StatusCode);
        Assert.Single((await phone.GetFromJsonAsync<JsonElement>("/api/mp/sessions")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task EndSession_AnotherDriversSession_404AndItKeepsWorking()
    {
        using var mallory = await DriverClient.SignInAsync(fixture);
        using var victim = await DriverClient.SignInAsync(fixture);
        var victimSession = (await victim.GetFromJsonAsync<JsonElement>("/api/mp/sessions")).GetProperty("items")[0].GetProperty("id").GetString();

        var response = await mallory.DeleteAsync($"/api/mp/sessions/{victimSession}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("session_not_found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/mp/me")).StatusCode);
    }
}
