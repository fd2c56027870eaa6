using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>In Sandbox mode the OAuth callback works offline: the sandbox stands in for WeChat's authorize page.</summary>
public sealed class WeChatOAuthSandboxTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task SignIn_SandboxOAuthFlow_SignsInSandboxOfficialAccountIdentity()
    {
        using var phone = MobileClient.Create(fixture);
        var name = "oa" + Guid.NewGuid().ToString("N")[..10];

        var start = await phone.Http.GetAsync($"/m/signin?oauth={name}&returnUrl=%2Fm%2Flots");
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        var callback = MobileClient.Target(start);
        Assert.StartsWith($"/m/signin-wechat?code={name}&state=", callback, StringComparison.Ordinal);

        var back = await phone.Http.GetAsync(callback);

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal("/m/privacy?returnUrl=%2Fm%2Flots", MobileClient.Target(back));
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Drivers.AnyAsync(d => d.OfficialAccountOpenId == "sandbox-oa-" + name));
    }

    [Fact]
    public async Task Callback_SandboxWithoutState_400()
    {
        using var phone = MobileClient.Create(fixture);

        var response = await phone.Http.GetAsync("/m/signin-wechat?code=nostate");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_SandboxPage_OffersPickerAndOAuthFlow()
    {
        using var phone = MobileClient.Create(fixture);

        var html = await phone.PageAsync("/m/signin");

        Assert.Contains("data-testid=\"signin-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sandbox-oauth\"", html, StringComparison.Ordinal);
    }
}
