using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>The lot's connectors page: a connector between the elevators of two levels, picked by their labels as staff see them.</summary>
internal static class ConnectorsPage
{
    public static async Task ConnectElevatorsAsync(IPage page, string name, string fromLevel, string toLevel)
    {
        await page.ClickAsync("[data-testid=open-connectors]");
        await page.WaitForSelectorAsync("#connector-end-1");
        await page.FillAsync("#connector-name", name);
        await PickAsync(page, 0, fromLevel);
        await PickAsync(page, 1, toLevel);
        await page.ClickAsync("[data-testid=connector-submit]");
    }

    private static async Task PickAsync(IPage page, int end, string levelName)
    {
        var option = page.Locator($"#connector-end-{end} option").Filter(new LocatorFilterOptions { HasTextString = $"{levelName} · " }).First;
        await page.SelectOptionAsync($"#connector-end-{end}", (await option.GetAttributeAsync("value"))!);
    }
}
