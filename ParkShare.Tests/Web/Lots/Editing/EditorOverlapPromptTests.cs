using Bunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>The save's overlap question: it names the pairs in the user's language and saves only after an explicit yes.</summary>
public sealed class EditorOverlapPromptTests : ParkShareComponentTest, IAsyncLifetime
{
    [Fact]
    public void Render_TwoPairs_ListsTheirCodesAndSaveWaitsForTheCheckbox()
    {
        var confirmed = new List<IReadOnlyList<SpaceOverlap>>();
        var overlaps = TwoPairs();
        var cut = Render<EditorOverlapPrompt>(p => p
            .Add(c => c.Overlaps, overlaps)
            .Add(c => c.OnConfirm, o => confirmed.Add(o)));

        var text = cut.Find("[data-testid=overlap-text]").TextContent;
        Assert.Contains("2", text, StringComparison.Ordinal);
        Assert.Contains("B4-A-001 ↔ B4-A-002", text, StringComparison.Ordinal);
        Assert.Contains("B4-A-002 ↔ B4-A-003", text, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=overlap-save]").HasAttribute("disabled"));

        cut.Find("[data-testid=overlap-confirm] input").Change(true);
        cut.Find("[data-testid=overlap-save]").Click();

        Assert.Same(overlaps, Assert.Single(confirmed));
    }

    [Fact]
    public void Render_ChineseUser_MessageInChinese()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            var cut = Render<EditorOverlapPrompt>(p => p.Add(c => c.Overlaps, TwoPairs()));

            Assert.Contains("车位重叠", cut.Find("[data-testid=overlap-text]").TextContent, StringComparison.Ordinal);
            Assert.Contains("继续编辑", cut.Find("[data-testid=overlap-keep]").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover service only disposes asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static SpaceOverlap[] TwoPairs()
    {
        var draft = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 3, 2.5, 5, 1, "B4-A-"));
        var s = draft.Spaces;
        return [new SpaceOverlap(s[0], s[1]), new SpaceOverlap(s[1], s[2])];
    }
}
