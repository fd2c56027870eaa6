using System.Net;
using System.Text.RegularExpressions;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Mobile;

namespace ParkShare.Tests.Web.Hosting;

/// <summary>Driver pages (/m) and the console send a CSP with frame-ancestors, nosniff and a Referrer-Policy; pages with a car or a token are not stored.</summary>
public sealed class SecurityHeadersTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Theory]
    [InlineData("/m/signin")]
    [InlineData("/Account/Login")]
    [InlineData("/console")]
    public async Task Pages_MobileAndConsole_CspFrameAncestorsNosniffReferrerPolicy(string path)
    {
        using var client = MobileClient.Create(fixture);

        var response = await client.Http.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/m/signin")]
    [InlineData("/Account/Login")]
    [InlineData("/console")]
    [InlineData("/s/not-a-token")]
    public async Task Pages_Everywhere_ScriptSrcWithoutUnsafeInlineOrEval(string path)
    {
        using var client = MobileClient.Create(fixture);

        var response = await client.Http.GetAsync(path);

        var scriptSrc = Directive(response.Headers.GetValues("Content-Security-Policy").Single(), "script-src")
            ?? Directive(response.Headers.GetValues("Content-Security-Policy").Single(), "default-src");
        Assert.NotNull(scriptSrc);
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scriptSrc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsolePage_TwoRequests_ImportMapCarriesEachResponsesOwnNonce()
    {
        using var client = MobileClient.Create(fixture);

        var nonces = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var response = await client.Http.GetAsync("/Account/Login");
            var scriptSrc = Directive(response.Headers.GetValues("Content-Security-Policy").Single(), "script-src")!;
            var nonce = Regex.Match(scriptSrc, "'nonce-([A-Za-z0-9_-]{22,})'").Groups[1].Value;
            Assert.NotEmpty(nonce);
            var html = await response.Content.ReadAsStringAsync();
            var importMap = Regex.Match(html, "<script[^>]*type=\"importmap\"[^>]*>");
            Assert.True(importMap.Success, "no import map on the page");
            Assert.Contains($"nonce=\"{nonce}\"", importMap.Value, StringComparison.Ordinal);
            Assert.Equal(1, Regex.Count(html, "<script(?![^>]*\\ssrc=)[^>]*>"));
            nonces.Add(nonce);
        }

        Assert.NotEqual(nonces[0], nonces[1]);
    }

    [Fact]
    public async Task CarPage_SignedInDriver_NoStore()
    {
        using var phone = await MobileClient.SignInAsync(fixture);

        var response = await phone.Http.GetAsync("/m/car");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }

    /// <summary>The sources of one directive of a policy, or null when the policy has none.</summary>
    private static string? Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal));
}
