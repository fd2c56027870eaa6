using System.Text.RegularExpressions;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>Friends on the phone without script: invite, accept through /m/bind/{code}, shared with me, picked up, end the binding.</summary>
public sealed partial class MobileFriendsTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task InviteAcceptParkPickUp_FriendSeesTheCarAndCollectsIt()
    {
        using var driver = await MobileClient.SignInAsync(fixture);
        using var friend = await MobileClient.SignInAsync(fixture);

        var invited = await (await driver.PostFormAsync("/m/friends", "invite", [])).Content.ReadAsStringAsync();
        var code = InviteLink().Match(invited).Groups[1].Value;
        Assert.Contains("data-testid=\"invite-qr\"", invited, StringComparison.Ordinal);
        Assert.Matches("<img class=\"qr\" src=\"data:image/[a-z]+;base64,[^\"]+\" alt=\"[^\"]+\" width=\"160\" height=\"160\" data-testid=\"invite-wxacode\"", invited);
        Assert.Equal(2, Regex.Count(invited, "<figcaption class=\"muted\">[^<]+</figcaption>"));
        var accepted = await (await friend.PostFormAsync($"/m/bind/{code}", "accept", [])).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"bind-done\"", accepted, StringComparison.Ordinal);
        Assert.Contains("data-role=\"driver\"", await friend.PageAsync("/m/friends"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-shared\"", await friend.PageAsync("/m/shared"), StringComparison.Ordinal);

        await driver.PostFormAsync("/m/park", "park", new() { ["Lot"] = fixture.LotId, ["Kind"] = "spaceCode", ["Code"] = "B1-A-003", ["Note"] = "后备箱有伞" });
        var shared = await friend.PageAsync("/m/shared");
        Assert.Contains("data-code=\"B1-A-003\"", shared, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"shared-map\"", shared, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-level-map\"", shared, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-route\"", shared, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"shared-steps\"", shared, StringComparison.Ordinal);
        Assert.Contains("后备箱有伞", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"shared-picked-up\"", shared, StringComparison.Ordinal); // a confirm step first
        var recordId = ConfirmLink().Match(shared).Groups[1].Value;
        Assert.Matches(RecordButton(), await friend.PageAsync($"/m/shared?confirm={recordId}"));

        var picked = await (await friend.PostFormAsync($"/m/shared?confirm={recordId}", "picked-up", new() { ["RecordId"] = recordId })).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"no-shared\"", picked, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-car\"", await driver.PageAsync("/m/car"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndBinding_FromTheFriendsSide_GoneForBoth()
    {
        using var driver = await MobileClient.SignInAsync(fixture);
        using var friend = await MobileClient.SignInAsync(fixture);
        var code = InviteLink().Match(await (await driver.PostFormAsync("/m/friends", "invite", [])).Content.ReadAsStringAsync()).Groups[1].Value;
        await friend.PostFormAsync($"/m/bind/{code}", "accept", []);
        var bindingId = EndButton().Match(await friend.PageAsync("/m/friends")).Groups[1].Value;

        var ended = await (await friend.PostFormAsync("/m/friends", "end", new() { ["EndId"] = bindingId })).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"no-friends\"", ended, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-friends\"", await driver.PageAsync("/m/friends"), StringComparison.Ordinal);
        var again = await (await friend.PostFormAsync($"/m/bind/{code}", "accept", [])).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"m-error\"", again, StringComparison.Ordinal);
    }

    [GeneratedRegex("/m/bind/([A-Za-z0-9_-]{22})")]
    private static partial Regex InviteLink();

    [GeneratedRegex("name=\"RecordId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex RecordButton();

    [GeneratedRegex("href=\"m/shared\\?confirm=([0-9a-f-]{36})#")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex("name=\"EndId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex EndButton();
}
