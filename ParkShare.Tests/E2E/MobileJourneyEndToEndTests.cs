using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>A driver's journeys on a 390×844 phone with script on: every form answers beside itself, ending things asks first, no page error anywhere.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class MobileJourneyEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Theory]
    [InlineData("zh-CN", "位置已更正")]
    [InlineData("en-US", "Position corrected")]
    public async Task CorrectThenPickUp_FailedAmbiguousAndGoodCodes_EachAnsweredBesideTheFormThenConfirmedEnd(string locale, string corrected)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var phone = await Phone.OpenAsync(browser, locale);
        var guard = new PageGuard(phone);
        guard.Expect(422, "/api/mp/records");
        guard.Expect(404, "/position");
        await SignInAsync(phone, $"journey-{locale}");

        // A marker shared by several spaces: a ranked choice, not an error naming an API field.
        await phone.GotoAsync(host.BaseUrl + "/m/park");
        await phone.CheckAsync("input[name=Kind][value=marker]");
        await phone.FillAsync("[data-testid=park-code]", "MK-B2-014");
        await phone.ClickAsync("[data-testid=park-submit]");
        await phone.WaitForSelectorAsync("[data-testid=candidates]");
        Assert.Equal(0, await phone.Locator("[data-testid=m-error]:visible").CountAsync());
        Assert.DoesNotContain("candidates", await phone.InnerTextAsync("[data-testid=park-form]"), StringComparison.Ordinal);
        var first = await phone.GetAttributeAsync("[data-testid=candidate][data-rank='1']", "value");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"journey-marker-choice-{locale}.png"), FullPage = true });
        await phone.ClickAsync("[data-testid=candidate][data-rank='1']");
        await phone.WaitForURLAsync(new Regex("/m/car\\?done=parked$"));
        Assert.Equal(first, await phone.InnerTextAsync("[data-testid=car-space]"));

        // A code that does not resolve: the refusal is shown inside the correction form; the car stays.
        await phone.FillAsync("[data-testid=correct-code]", "B9-Z-999");
        await phone.ClickAsync("[data-testid=correct-submit]");
        var error = phone.Locator("[data-testid=correct-form] [data-testid=m-error]");
        await error.WaitForAsync();
        Assert.NotEmpty((await error.InnerTextAsync()).Trim());
        Assert.Equal(first, await phone.InnerTextAsync("[data-testid=car-space]"));
        await phone.Locator("[data-testid=correct-form]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ArtifactPath($"journey-correct-refused-{locale}.png") });

        // An ambiguous code: the candidates replace the error; picking one moves the car and says so.
        await phone.FillAsync("[data-testid=correct-code]", "C17");
        await phone.ClickAsync("[data-testid=correct-submit]");
        await phone.WaitForSelectorAsync("[data-testid=correct-form] [data-testid=candidate][data-rank='1']");
        Assert.False(await error.IsVisibleAsync());
        var pick = await phone.GetAttributeAsync("[data-testid=correct-form] [data-testid=candidate][data-rank='1']", "value");
        await phone.ClickAsync("[data-testid=correct-form] [data-testid=candidate][data-rank='1']");
        await phone.WaitForURLAsync(new Regex("/m/car\\?done=corrected$"));
        Assert.Contains(corrected, await phone.InnerTextAsync("[data-testid=m-done]"), StringComparison.Ordinal);
        Assert.Equal(pick, await phone.InnerTextAsync("[data-testid=car-space]"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"journey-car-{locale}.png"), FullPage = true });

        // Picked up: a confirm step first ("never mind" keeps the record), then the end and a message.
        await phone.ClickAsync("[data-testid=picked-up]");
        await phone.ClickAsync("[data-testid=picked-up-no]");
        await phone.WaitForSelectorAsync("[data-testid=car-space]");
        await phone.ClickAsync("[data-testid=picked-up]");
        await phone.Locator("[data-testid=picked-up-confirm]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ArtifactPath($"journey-picked-up-confirm-{locale}.png") });
        await phone.ClickAsync("[data-testid=picked-up-yes]");
        await phone.WaitForURLAsync(new Regex("/m\\?done=picked-up$"));
        await phone.WaitForSelectorAsync("[data-testid=m-done]");
        await phone.WaitForSelectorAsync("[data-testid=home-no-car]");
        guard.AssertClean();
    }

    private async Task SignInAsync(IPage phone, string name)
    {
        await phone.GotoAsync(host.BaseUrl + "/m");
        await phone.FillAsync("[data-testid=signin-name]", name);
        await phone.ClickAsync("[data-testid=signin-form] .row button");
        await phone.ClickAsync("[data-testid=privacy-accept]");
        await phone.WaitForURLAsync(host.BaseUrl + "/m");
    }
}
