using System.Text.RegularExpressions;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>People by name on /m: my name, who invites on the bind page, an alias for a friend; a bad name is refused beside its field.</summary>
public sealed partial class MobilePeopleTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task NamesEverywhere_BindPageNamesTheInviterAndFriendsShowByName()
    {
        using var driver = await MobileClient.SignInAsync(fixture);
        using var friend = await MobileClient.SignInAsync(fixture);
        await driver.PostFormAsync("/m/friends", "nickname", new() { ["Nickname"] = "小王" });
        await friend.PostFormAsync("/m/friends", "nickname", new() { ["Nickname"] = "小雨" });
        var code = InviteLink().Match(await (await driver.PostFormAsync("/m/friends", "invite", [])).Content.ReadAsStringAsync()).Groups[1].Value;

        var bindPage = await friend.PageAsync($"/m/bind/{code}");
        var done = await (await friend.PostFormAsync($"/m/bind/{code}", "accept", [])).Content.ReadAsStringAsync();
        var driverSees = await driver.PageAsync("/m/friends");
        var bindingId = RenameLink().Match(driverSees).Groups[1].Value;
        var renamed = await (await driver.PostFormAsync($"/m/friends?rename={bindingId}", "alias", new() { ["AliasFor"] = bindingId, ["Alias"] = "老婆" })).Content.ReadAsStringAsync();

        Assert.Matches("data-testid=\"inviter\">小王 邀请你帮忙取车<", bindPage);
        Assert.Contains("小王", done, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"binding-name\">我共享给 小雨<", driverSees);
        Assert.Matches("data-testid=\"binding-name\">我共享给 老婆<", renamed);
        Assert.Matches("data-testid=\"binding-name\">小王 共享给我<", await friend.PageAsync("/m/friends"));
        Assert.DoesNotMatch("[0-9a-f]{8}", Regex.Replace(driverSees, "(value|href|data-id|src|action)=\"[^\"]*\"", string.Empty));
    }

    [Theory]
    [InlineData("", "请填写名字")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "最多 32 个字")]
    [InlineData("小\u0007王", "控制字符")]
    public async Task Rename_BadName_MessageBesideTheFieldAndNothingSaved(string name, string message)
    {
        using var driver = await MobileClient.SignInAsync(fixture);

        var page = await (await driver.PostFormAsync("/m/friends", "nickname", new() { ["Nickname"] = name })).Content.ReadAsStringAsync();

        Assert.Matches($"id=\"nickname-error\" data-testid=\"m-error\">[^<]*{message}", page);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"m-saved\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_ShowsTheReferenceStaffSee()
    {
        using var driver = await MobileClient.SignInAsync(fixture);

        Assert.Matches("data-testid=\"driver-reference\">#[0-9A-F]{4}-[0-9A-F]{4}<", await driver.PageAsync("/m/account"));
    }

    [GeneratedRegex("/m/bind/([A-Za-z0-9_-]{22})")]
    private static partial Regex InviteLink();

    [GeneratedRegex("href=\"m/friends\\?rename=([0-9a-f-]{36})\"")]
    private static partial Regex RenameLink();
}
