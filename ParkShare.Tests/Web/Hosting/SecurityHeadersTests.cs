using System.Net;
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

    [Fact]
    public async Task CarPage_SignedInDriver_NoStore()
    {
        using var phone = await MobileClient.SignInAsync(fixture);

        var response = await phone.Http.GetAsync("/m/car");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }
}
