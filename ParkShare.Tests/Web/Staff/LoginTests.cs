using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Staff;

public sealed partial class LoginTests : IDisposable
{
    private const string AdminEmail = "admin@parkshare.local";
    private const string AdminPassword = "ParkShare!2026";
    private readonly ParkShareWebFactory _factory = new();

    [Fact]
    public async Task ConsolePage_Anonymous_RedirectsToSignIn()
    {
        using var client = NewClient();

        var response = await client.GetAsync("/console/playground");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FirstAdminFromConfiguration_SetsCookieAndRedirects()
    {
        using var client = NewClient();

        var response = await PostLoginAsync(client, AdminEmail, AdminPassword, "/console/playground");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/console/playground", response.Headers.Location?.ToString());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ParkShare.Console=", StringComparison.Ordinal));
        var page = await client.GetAsync("/console/playground");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownEmail_SameGenericMessage()
    {
        using var client = NewClient();

        var wrongPassword = await (await PostLoginAsync(client, AdminEmail, "wrong-password")).Content.ReadAsStringAsync();
        var unknownEmail = await (await PostLoginAsync(client, "nobody@parkshare.local", AdminPassword)).Content.ReadAsStringAsync();

        Assert.Equal(ErrorText(wrongPassword), ErrorText(unknownEmail));
        Assert.Equal("邮箱或密码不正确。", ErrorText(wrongPassword));
    }

    [Fact]
    public async Task SignIn_ExternalReturnUrl_GoesHomeInstead()
    {
        using var client = NewClient();

        var response = await PostLoginAsync(client, AdminEmail, AdminPassword, "//evil.example/steal");

        Assert.Equal("http://localhost/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRefusedAndKeepsTheSession()
    {
        using var client = NewClient();
        await PostLoginAsync(client, AdminEmail, AdminPassword);

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
        var response = await client.PostAsync("/Account/Logout", forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console/playground")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    internal static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var query = returnUrl is null ? string.Empty : $"?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await client.GetStringAsync($"/Account/Login{query}");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync($"/Account/Login{query}", content);
    }

    private HttpClient NewClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    internal static string ErrorText(string html) =>
        WebUtility.HtmlDecode(ErrorPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"login-error\">([^<]*)<")]
    private static partial Regex ErrorPattern();
}
