using System.Net;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

public sealed class MobileParkMarkerTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task ParkPage_ScannedSpaceMarkerUrl_PrefillsTheMarkerAndShowsItsSpace()
    {
        using var phone = await MobileClient.SignInAsync(fixture);

        var html = WebUtility.HtmlDecode(await phone.Http.GetStringAsync($"/m/park?lot={fixture.LotId}&marker=B1-C-001"));

        Assert.Contains("value=\"B1-C-001\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"marker\" checked", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"park-marker\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParkPage_UnknownMarker_SaysSoWithoutSaving()
    {
        using var phone = await MobileClient.SignInAsync(fixture);

        var html = await phone.Http.GetStringAsync($"/m/park?lot={fixture.LotId}&marker=NO-SUCH-MARKER");

        Assert.Contains("data-testid=\"m-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"park-marker\"", html, StringComparison.Ordinal);
    }
}
