using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>An open share link shows the record as it is now: a correction or a pick-up reaches it on its very next request.</summary>
public sealed class ShareFreshnessTests : IClassFixture<ShareSite>
{
    private readonly ShareSite _site;

    public ShareFreshnessTests(ShareSite site) => _site = site;

    [Fact]
    public async Task Page_PositionCorrectedAfterAView_NextViewShowsTheNewSpace()
    {
        var (driver, share, token) = await _site.ShareAsync("B2-C-040");
        using var friend = _site.Phone("198.51.100.140");
        Assert.Contains("data-testid=\"share-space\">B2-C-040<", await friend.GetStringAsync($"/s/{token}"), StringComparison.Ordinal);

        var moved = await driver.PostAsJsonAsync(
            $"/api/mp/records/{share.GetProperty("recordId").GetString()}/position", new { position = new { kind = "spaceCode", code = "B2-C-041" } });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var html = await friend.GetStringAsync($"/s/{token}");
        Assert.Contains("data-testid=\"share-space\">B2-C-041<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-highlight\" data-code=\"B2-C-041\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"m-highlight\" data-code=\"B2-C-040\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_DriverEndsTheRecordAfterAView_NextView410PickedUp()
    {
        var (driver, share, token) = await _site.ShareAsync("B2-C-042");
        using var friend = _site.Phone("198.51.100.141");
        Assert.Equal(HttpStatusCode.OK, (await friend.GetAsync($"/s/{token}")).StatusCode);

        var ended = await driver.PostAsync($"/api/mp/records/{share.GetProperty("recordId").GetString()}/end", null);
        Assert.True(ended.IsSuccessStatusCode, await ended.Content.ReadAsStringAsync());

        var page = await friend.GetAsync($"/s/{token}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("data-state=\"PickedUp\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SameRecordTwoLinksOneShowsThePlate_EachPageKeepsItsOwnChoice()
    {
        var (driver, share, token) = await _site.ShareAsync("B2-C-043");
        var withPlate = await (await driver.PostAsJsonAsync("/api/mp/shares", new { recordId = share.GetProperty("recordId").GetString(), showPlate = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var plateToken = withPlate.GetProperty("url").GetString()!.Split('/').Last();
        using var friend = _site.Phone("198.51.100.142");

        Assert.DoesNotContain("沪A", await friend.GetStringAsync($"/s/{token}"), StringComparison.Ordinal);
        Assert.Contains("沪A", await friend.GetStringAsync($"/s/{plateToken}"), StringComparison.Ordinal);
        Assert.DoesNotContain("沪A", await friend.GetStringAsync($"/s/{token}"), StringComparison.Ordinal);
    }
}
