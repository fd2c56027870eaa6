using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>Creating a share link on "my car" moves to it, shows the whole link, a copy action and (to its owner only) the PIN.</summary>
public sealed class MobileShareLinksTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task CreateShare_WithPin_MovesToTheNewLinkAndShowsItsPinToTheOwner()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = fixture.LotId, ["Kind"] = "spaceCode", ["Code"] = "B2-D-036" });

        var created = await phone.PostFormAsync("/m/car", "create-share", new() { ["Hours"] = "24", ["Pin"] = "482113" });

        var target = MobileClient.Target(created).Split('#')[0];
        Assert.Matches("^/m/car\\?share=[0-9a-f-]{36}$", target);
        Assert.EndsWith($"#share-{target[13..]}", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var id = target[13..];
        var page = await phone.PageAsync(target);
        Assert.Contains($"id=\"share-{id}\" data-testid=\"share-link\" data-state=\"active\" data-new=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"share-pin-shown\"", page, StringComparison.Ordinal);
        Assert.Contains("482113", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"share-copy\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"pill link-active\"", page, StringComparison.Ordinal);
        Assert.Matches("<p class=\"url\" data-testid=\"share-url\" data-url=\"http[^\"]+/s/[^\"]+\"", page);

        // Another phone of the same driver (no flash cookie) or a later visit never sees the PIN.
        using var other = await MobileClient.SignInAsync(fixture);
        Assert.DoesNotContain("482113", await other.PageAsync(target), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"share-pin-shown\"", await phone.PageAsync("/m/car"), StringComparison.Ordinal);
    }
}
