using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>The row tool's form: the footprint previewed, overlaps confirmed or nothing made, codes in the zone's pattern, bad values named.</summary>
public sealed class EditorRowFormTests : ParkShareComponentTest, IAsyncLifetime
{
    [Fact]
    public async Task RowOverExistingSpaces_CreateBlockedUntilConfirmed_CodesInTheZonesPattern()
    {
        var cut = await RenderRowAsync(30, 27.5, 40, 27.5);
        var before = cut.Instance.Draft;

        Assert.Equal("4", cut.Find("[data-testid=row-overlaps]").GetAttribute("data-count"));
        Assert.Equal("B", cut.Find("[data-testid=row-zone]").GetAttribute("data-zone"));
        Assert.Equal(4, cut.FindAll("[data-testid=row-preview] .row-foot.overlap").Count);
        Assert.True(cut.Find("[data-testid=row-create]").HasAttribute("disabled"));

        cut.Find("[data-testid=row-confirm-overlap] input").Change(true);
        Assert.False(cut.Find("[data-testid=row-create]").HasAttribute("disabled"));
        cut.Find("[data-testid=row-create]").Click();

        var added = cut.Instance.Draft.Spaces.Skip(before.Spaces.Count).Select(s => s.Code);
        Assert.Equal(["B4-B-049", "B4-B-050", "B4-B-051", "B4-B-052"], added);
        Assert.Empty(cut.FindAll("[data-testid=row-preview]"));
    }

    [Fact]
    public async Task RowBesideSpaces_NoQuestion_CreatedAtOnce()
    {
        var cut = await RenderRowAsync(30, 20, 40.1, 20);

        Assert.Empty(cut.FindAll("[data-testid=row-overlaps]"));
        Assert.Equal(4, cut.FindAll("[data-testid=row-preview] .row-foot").Count);
        cut.Find("[data-testid=row-create]").Click();

        Assert.Equal("B4-B-052", cut.Instance.Draft.Spaces[^1].Code);
    }

    [Fact]
    public async Task RowMovedOntoSpacesByItsForm_AsksAgain()
    {
        var cut = await RenderRowAsync(30, 20, 40.1, 20);

        cut.Find("#row-depth").Change("12");

        Assert.Equal("4", cut.Find("[data-testid=row-overlaps]").GetAttribute("data-count"));
        Assert.True(cut.Find("[data-testid=row-create]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("#row-count", "10000", "500")]
    [InlineData("#row-width", "0.1", "0.5")]
    [InlineData("#row-gap", "-2", "50")]
    [InlineData("#row-prefix", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-ABC", "28")]
    public async Task BadValue_MessageBesideTheField_NothingCreated(string field, string value, string limit)
    {
        var cut = await RenderRowAsync(30, 20, 40.1, 20);
        var before = cut.Instance.Draft;

        cut.Find(field).Change(value);

        // MudBlazor shows a field's message on a render after the change; under load that can be a moment later.
        cut.WaitForAssertion(() => Assert.Contains(
            limit, cut.Find(field).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")?.TextContent ?? string.Empty, StringComparison.Ordinal));
        Assert.True(cut.Find("[data-testid=row-create]").HasAttribute("disabled"));
        Assert.NotNull(cut.Find("[data-testid=row-invalid]"));
        Assert.Same(before, cut.Instance.Draft);
    }

    [Theory]
    [InlineData("zh-CN", "B3：调整了楼层轮廓；新增 5 个车位；修改 1 个车位；删除 2 段通道")]
    [InlineData("en", "B3: outline reshaped; 5 spaces added; 1 space changed; 2 walkway segments removed")]
    public void Words_LevelSave_InTheReadersLanguage(string culture, string expected)
    {
        var summary = new LevelEditSummary("B3", true, default, new ElementChanges(5, 1, 0), default, default, new ElementChanges(0, 0, 2));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var l = Services.GetRequiredService<IStringLocalizer<LevelEditor>>();
            Assert.Equal(expected, LevelEditWords.Describe(l, summary));
            Assert.True(LevelEditSummary.TryParse(summary.ToString(), out var stored));
            Assert.Equal(expected, LevelEditWords.Describe(l, stored));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover service only disposes asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Zones A (x &lt; 30) and B, B's spaces B4-B-037…048 at y 30..35 from x = 30; the row tool dragged (level metres).</summary>
    private async Task<IRenderedComponent<LevelEditor>> RenderRowAsync(double x0, double y0, double x1, double y1)
    {
        var draft = Drafts.Empty().AddZone(Drafts.Square(0, 0, 30, 40)).AddZone(Drafts.Square(30, 0, 60, 40))
            .AddRow(new RowSpec(new Point2(30, 30), 0, 12, 2.5, 5, 37, "B4-B-"));
        var cut = Render<LevelEditor>(p => p
            .Add(e => e.Context, new LevelEditContext("Lot", draft, []))
            .Add(e => e.Save, _ => Task.FromResult(new LevelSaveResult(LevelSaveStatus.Saved, 1, null, [], []))));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=level-editor]").GetAttribute("data-connected")));
        await cut.InvokeAsync(() => cut.Instance.SetToolAsync(EditorTool.Row));
        await cut.InvokeAsync(() => cut.Instance.OnRowDraggedAsync(x0, -y0, x1, -y1));
        return cut;
    }
}
