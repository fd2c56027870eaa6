using System.Net;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>Every /m action answers: errors inside their own form, a confirm step before ending things, a message afterwards, actions that match the state.</summary>
public sealed class MobileConfirmationsTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task CorrectPosition_UnknownCode_ErrorInsideTheCorrectionForm()
    {
        using var phone = await ParkedAsync("B2-D-040");

        var html = await (await phone.PostFormAsync("/m/car", "correct", new() { ["Code"] = "B9-Z-999" })).Content.ReadAsStringAsync();

        var form = Between(html, "data-testid=\"correct-form\"", "</form>");
        Assert.Contains("data-testid=\"m-error\"", form, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"correct-error\"", form, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "data-testid=\"m-error\""));
    }

    [Fact]
    public async Task CorrectPosition_AmbiguousCode_RankedChoiceNotAnError()
    {
        using var phone = await ParkedAsync("B2-D-041");

        var html = await (await phone.PostFormAsync("/m/car", "correct", new() { ["Code"] = "C17" })).Content.ReadAsStringAsync();

        var form = Between(html, "data-testid=\"correct-form\"", "</form>");
        Assert.DoesNotContain("data-testid=\"m-error\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("candidates 中", html, StringComparison.Ordinal);
        Assert.Contains("data-rank=\"1\"", form, StringComparison.Ordinal);
        Assert.Equal(3, Count(form, "data-testid=\"candidate\""));
    }

    [Fact]
    public async Task CorrectPosition_PickedCandidate_MovesAndConfirms()
    {
        using var phone = await ParkedAsync("B2-D-042");

        var moved = await phone.PostFormAsync("/m/car", "correct", new() { ["Code"] = "C17", ["Pick"] = "B3-C-017" });

        Assert.Equal("/m/car?done=corrected", MobileClient.Target(moved));
        var page = await phone.PageAsync("/m/car?done=corrected");
        Assert.Contains("data-code=\"B3-C-017\"", page, StringComparison.Ordinal);
        Assert.Contains("位置已更正", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickedUp_FirstTap_AsksToConfirmAndKeepsTheRecord()
    {
        using var phone = await ParkedAsync("B2-D-043");

        var car = await phone.PageAsync("/m/car");
        Assert.DoesNotContain("data-testid=\"picked-up-yes\"", car, StringComparison.Ordinal);
        Assert.Contains("href=\"m/car?confirm=picked-up#picked-up\"", car, StringComparison.Ordinal);

        var confirm = await phone.PageAsync("/m/car?confirm=picked-up");
        Assert.Contains("data-testid=\"picked-up-yes\"", confirm, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"picked-up-no\"", confirm, StringComparison.Ordinal);
        Assert.Contains("data-code=\"B2-D-043\"", confirm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickedUp_Confirmed_EndsAndSaysSo()
    {
        using var phone = await ParkedAsync("B2-D-044");

        var ended = await phone.PostFormAsync("/m/car?confirm=picked-up", "picked-up", []);

        Assert.Equal("/m?done=picked-up", MobileClient.Target(ended));
        var home = await phone.PageAsync("/m?done=picked-up");
        Assert.Contains("data-testid=\"m-done\"", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"home-no-car\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Park_ActiveRecord_ToldUpFrontWithCorrectOrEnd()
    {
        using var phone = await ParkedAsync("B2-D-045");

        var park = await phone.PageAsync("/m/park");

        Assert.Contains("data-testid=\"park-active\" data-code=\"B2-D-045\"", park, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"park-form\"", park, StringComparison.Ordinal);
        Assert.Contains("href=\"m/car#correct\"", park, StringComparison.Ordinal);
        Assert.Contains("then=park", park, StringComparison.Ordinal);
        var ended = await phone.PostFormAsync("/m/car?confirm=picked-up&then=park", "picked-up", new() { ["Then"] = "park" });
        Assert.Equal("/m/park?done=picked-up", MobileClient.Target(ended));
        Assert.Contains("data-testid=\"park-form\"", await phone.PageAsync("/m/park"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelReservation_ConfirmedThenPage_NoCheckInOrCancelLeft()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        var path = $"/m/lots/{fixture.LotId}/levels/{fixture.LevelId("B3")}?s=B3-E-011";
        var start = DateTime.UtcNow.AddHours(8).AddMinutes(30).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var reservation = MobileClient.Target(await phone.PostFormAsync(path, "reserve", new() { ["Start"] = start, ["Minutes"] = "60" }));
        Assert.DoesNotContain("data-testid=\"cancel-yes\"", await phone.PageAsync(reservation), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cancel-yes\"", await phone.PageAsync(reservation + "?confirm=cancel"), StringComparison.Ordinal);

        var cancelled = await phone.PostFormAsync(reservation + "?confirm=cancel", "cancel", []);

        Assert.Equal(HttpStatusCode.Found, cancelled.StatusCode);
        Assert.Equal(reservation + "?done=cancelled", MobileClient.Target(cancelled));
        var page = await phone.PageAsync(reservation + "?done=cancelled");
        Assert.Contains("data-state=\"Cancelled\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-done\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"check-in\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"cancel-reservation\"", page, StringComparison.Ordinal);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} not on the page");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static int Count(string html, string what) => (html.Length - html.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    private async Task<MobileClient> ParkedAsync(string code)
    {
        var phone = await MobileClient.SignInAsync(fixture);
        var parked = await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = fixture.LotId, ["Kind"] = "spaceCode", ["Code"] = code });
        Assert.Equal("/m/car?done=parked", MobileClient.Target(parked));
        return phone;
    }
}
