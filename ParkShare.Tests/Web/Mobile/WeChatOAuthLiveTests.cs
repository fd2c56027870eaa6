using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using ParkShare.Tests.Web.WeChat;
using ParkShare.Web.Drivers;
using ParkShare.Web.Mobile;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>/m sign-in through WeChat OAuth (snsapi_base) in Live mode, against the fake WeChat server.</summary>
public sealed class WeChatOAuthLiveTests(LiveWeChatHostFixture fixture) : IClassFixture<LiveWeChatHostFixture>
{
    private const string WeChatBrowser = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN";

    private MobileClient Phone(bool inWeChat = true)
    {
        var phone = new MobileClient(fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(LiveWeChatHostFixture.PublicBaseUrl) }));
        if (inWeChat)
        {
            phone.Http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", WeChatBrowser);
        }

        return phone;
    }

    private static async Task<string> StartAsync(MobileClient phone, string returnUrl = "/m/car")
    {
        var response = await phone.Http.GetAsync("/m/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(WeChatOAuthState.AuthorizeEndpoint + "?", location, StringComparison.Ordinal);
        Assert.EndsWith("#wechat_redirect", location, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(location).Query);
        Assert.Equal(Fakes.FakeWeChatServer.OfficialAccountAppId, query["appid"]);
        Assert.Equal(LiveWeChatHostFixture.PublicBaseUrl + "/m/signin-wechat", query["redirect_uri"]);
        Assert.Equal(("code", "snsapi_base"), (query["response_type"].ToString(), query["scope"].ToString()));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(WeChatOAuthState.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        return query["state"].ToString();
    }

    [Fact]
    public async Task SignIn_InWeChat_RedirectsToOAuthThenSignsInWithOfficialAccountOpenId()
    {
        using var phone = Phone();
        var state = await StartAsync(phone);
        Assert.DoesNotContain("/m/car", state, StringComparison.Ordinal);

        var back = await phone.Http.GetAsync($"/m/signin-wechat?code=oauth-1&state={state}");

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal("/m/privacy?returnUrl=%2Fm%2Fcar", MobileClient.Target(back));
        Assert.Contains(back.Headers.GetValues("Set-Cookie"), c => c.StartsWith(DriverCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("data-testid=\"privacy-notice\"", await phone.PageAsync("/m/privacy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OutsideWeChat_AsksToOpenInWeChat()
    {
        using var phone = Phone(inWeChat: false);

        var html = await phone.PageAsync("/m/signin");

        Assert.Contains("data-testid=\"open-in-wechat\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("signin-form", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-state")]
    [InlineData("")]
    public async Task Callback_StateNotThisBrowsers_Localized400AndNoSession(string state)
    {
        using var phone = Phone();
        phone.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await StartAsync(phone);
        var calls = fixture.Server.Calls(Fakes.FakeWeChatServer.OAuthAccessToken);

        var response = await phone.Http.GetAsync($"/m/signin-wechat?code=oauth-2&state={state}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("started in another browser", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith(DriverCookie.Name + "=", StringComparison.Ordinal));
        Assert.Equal(calls, fixture.Server.Calls(Fakes.FakeWeChatServer.OAuthAccessToken));
    }

    [Fact]
    public async Task Callback_StateFromAnotherBrowser_400()
    {
        using var attacker = Phone();
        var state = await StartAsync(attacker);
        using var victim = Phone();

        var response = await victim.Http.GetAsync($"/m/signin-wechat?code=oauth-3&state={state}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Callback_StateUsedTwice_Second400()
    {
        using var phone = Phone();
        var state = await StartAsync(phone);
        Assert.Equal(HttpStatusCode.Found, (await phone.Http.GetAsync($"/m/signin-wechat?code=oauth-4&state={state}")).StatusCode);

        var replay = await phone.Http.GetAsync($"/m/signin-wechat?code=oauth-5&state={state}");

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "did not send a sign-in code")]
    [InlineData("invalid-code", HttpStatusCode.Unauthorized, "did not accept this sign-in")]
    public async Task Callback_MissingOrRefusedCode_Localized4xx(string code, HttpStatusCode status, string text)
    {
        using var phone = Phone();
        phone.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var state = await StartAsync(phone);

        var response = await phone.Http.GetAsync($"/m/signin-wechat?code={code}&state={state}");

        Assert.Equal(status, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"signin-again\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_WeChatDown_503NotUnhandled()
    {
        using var phone = Phone();
        var state = await StartAsync(phone);
        fixture.Server.FailNext(Fakes.FakeWeChatServer.OAuthAccessToken, Fakes.WeChatFault.ServerError);

        var response = await phone.Http.GetAsync($"/m/signin-wechat?code=oauth-6&state={state}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("data-testid=\"signin-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
