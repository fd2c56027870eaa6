using System.Net;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Api;
using ParkShare.Tests.Web.Drivers;
using ParkShare.Tests.Web.Hosting;
using ParkShare.Tests.Web.Lots;
using ParkShare.Tests.Web.Lots.Exchange;
using ParkShare.Tests.Web.Lots.FloorPlans;
using ParkShare.Tests.Web.Notices;
using ParkShare.Tests.Web.Occupancy;
using ParkShare.Tests.Web.Parking;
using ParkShare.Tests.Web.Refinement;
using ParkShare.Tests.Web.Sharing.Bindings;
using ParkShare.Tests.Web.Sharing.Links;
using ParkShare.Tests.Web.Sharing.Push;

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
