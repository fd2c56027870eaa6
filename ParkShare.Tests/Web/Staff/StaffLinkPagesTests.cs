using System.Net;
using System.Text.RegularExpressions;
using ParkShare.Core.Staff;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

/// <summary>The anonymous invite and reset pages: the token is the gate; bad links get a page that says what to do, never a 500.</summary>
public sealed partial class StaffLinkPagesTests : IDisposable
{
    private readonly StaffSite _site = new();

    [Theory]
    [InlineData("/account/invite/nonsense")]
    [InlineData("/account/reset/nonsense")]
    [InlineData("/account/invite/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA")]
    [InlineData("/account/reset/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA")]
    [InlineData("/account/reset/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Get_UnknownToken_404WithTheNotFoundPage(string path)
    {
        using var client = _site.Client();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"page-missing\"", html, StringComparison.Ordinal);
        Assert.Contains("找不到这个页面", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ExpiredInvite_410InTheRequestLanguage()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("late@example.com", "Late", ConsoleRoles.Operator, []));
        _site.Clock.Advance(TimeSpan.FromHours(73));
        using var client = _site.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.GetAsync($"/account/invite/{created.Token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This invite has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Invite_SignsInOnceThenTheLinkIsGone()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("new@example.com", "新同事", ConsoleRoles.Operator, []));
        using var client = _site.Client();
        var path = $"/account/invite/{created.Token}";

        var mismatch = await PostPasswordAsync(client, path, "accept-invite", "Welcome2026x", "Welcome2026y");
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("两次输入的密码不一致", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var accepted = await PostPasswordAsync(client, path, "accept-invite", "Welcome2026x", "Welcome2026x");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var again = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("此邀请已被使用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Reset_OldSessionEndsAtTheNextStampCheck()
    {
        var member = await _site.InvitedAsync("reset@example.com", ConsoleRoles.Operator, "OldPassword2026");
        using var oldSession = _site.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await LoginTests.PostLoginAsync(oldSession, "reset@example.com", "OldPassword2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync("/")).StatusCode);
        var issued = await _site.Resets.IssueAsync(await _site.AdminAsync(), member.Id);
        using var newSession = _site.Client();

        var reset = await PostPasswordAsync(newSession, $"/account/reset/{issued.Token}", "reset-password", "NewPassword2026", "NewPassword2026");
        _site.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newSession.GetAsync("/")).StatusCode);
        var old = await oldSession.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.StartsWith("/Account/Login", old.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ManyTimesFromOneClient_429()
    {
        _site.Settings["Staff:LinkRequestsPerClientPerMinute"] = "3";
        using var client = _site.Client();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/account/invite/guess-{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/account/reset/guess")).StatusCode);
    }

    [Theory]
    [InlineData("/account/invite/abc", "/account/invite/***")]
    [InlineData("/Account/Reset/abc", "/account/reset/***")]
    [InlineData("/Account/Login", "/Account/Login")]
    public void Redact_StaffLinkPaths_TokenBlanked(string path, string logged) =>
        Assert.Equal(logged, RequestLog.Redact(path));

    private static async Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string path, string handler, string password, string confirmation)
    {
        var form = await client.GetStringAsync(path);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = TokenPattern().Match(form).Groups[1].Value,
            ["Input.Password"] = password,
            ["Input.Confirmation"] = confirmation,
        });
        return await client.PostAsync(path, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _site.Dispose();
}
