using Bunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>
/// Every edit that makes spaces overlap (a move, a resize, a new space) holds the save until the operator confirms
/// it; a row's overlaps, confirmed in its own form, and overlaps already stored are not asked about again.
/// </summary>
public sealed class LevelEditorOverlapTests : ParkShareComponentTest, IAsyncLifetime
{
    private readonly List<LevelDraft> _saved = [];

    [Fact]
    public async Task Save_SpaceMovedOntoItsNeighbour_HeldUntilConfirmedThenSaved()
    {
        var cut = RenderEditor(out var start);
        var (a, b) = (start.Spaces[0], start.Spaces[1]);

        await cut.InvokeAsync(() => cut.Instance.OnMovedAsync([a.Id.ToString()], 1, 0));
        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("s", true, false));

        Assert.Empty(_saved);
        var prompt = cut.Find("[data-testid=overlap-prompt]");
        Assert.Equal("1", prompt.GetAttribute("data-count"));
        Assert.Contains($"{a.Code} ↔ {b.Code}", prompt.TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=overlap-save]").HasAttribute("disabled"));

        cut.Find("[data-testid=overlap-confirm] input").Change(true);
        cut.Find("[data-testid=overlap-save]").Click();

        Assert.Equal(cut.Instance.Draft.Spaces, Assert.Single(_saved).Spaces);
        Assert.Empty(cut.FindAll("[data-testid=overlap-prompt]"));

        // Stored now: a later edit elsewhere saves without asking about it again.
        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("l", false, false));
        await cut.InvokeAsync(() => cut.Instance.OnPointAsync(40, -30));
        await cut.InvokeAsync(() => cut.Instance.SaveAsync());
        Assert.Equal(2, _saved.Count);
    }

    [Fact]
    public async Task Save_SpaceResizedOverItsNeighbour_KeepEditingSelectsThePairAndSavesNothing()
    {
        var cut = RenderEditor(out var start);
        var (a, b) = (start.Spaces[0], start.Spaces[1]);

        await cut.InvokeAsync(() => cut.Instance.OnResizedAsync(a.Id.ToString(), 8.5, -15));
        cut.Find("[data-testid=editor-save]").Click();
        cut.Find("[data-testid=overlap-keep]").Click();

        Assert.Empty(_saved);
        Assert.Empty(cut.FindAll("[data-testid=overlap-prompt]"));
        Assert.Equal(new[] { a.Id, b.Id }.Order(), cut.Instance.Selection.Order());

        // Asked again on the next save: a "not now" is not a yes.
        cut.Find("[data-testid=editor-save]").Click();
        Assert.NotNull(cut.Find("[data-testid=overlap-prompt]"));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task Save_EditAfterTheQuestion_QuestionDropped()
    {
        var cut = RenderEditor(out var start);

        await cut.InvokeAsync(() => cut.Instance.OnMovedAsync([start.Spaces[0].Id.ToString()], 1, 0));
        await cut.InvokeAsync(() => cut.Instance.SaveAsync());
        Assert.NotNull(cut.Find("[data-testid=overlap-prompt]"));

        await cut.InvokeAsync(() => cut.Instance.OnMovedAsync([start.Spaces[0].Id.ToString()], -1, 0));

        Assert.Empty(cut.FindAll("[data-testid=overlap-prompt]"));
        await cut.InvokeAsync(() => cut.Instance.SaveAsync());
        Assert.Single(_saved);
    }

    [Fact]
    public async Task Save_SpaceToolClickedOnASpace_Held()
    {
        var cut = RenderEditor(out _);

        await cut.InvokeAsync(() => cut.Instance.SetToolAsync(EditorTool.Space));
        await cut.InvokeAsync(() => cut.Instance.OnPointAsync(6, -11));
        await cut.InvokeAsync(() => cut.Instance.SaveAsync());

        Assert.NotNull(cut.Find("[data-testid=overlap-prompt]"));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task Save_RowConfirmedOverSpaces_SavedWithoutAskingAgain()
    {
        var cut = RenderEditor(out _);

        await cut.InvokeAsync(() => cut.Instance.SetToolAsync(EditorTool.Row));
        await cut.InvokeAsync(() => cut.Instance.OnRowDraggedAsync(6, -12, 16.1, -12));
        cut.Find("[data-testid=row-confirm-overlap] input").Change(true);
        cut.Find("[data-testid=row-create]").Click();
        cut.Find("[data-testid=editor-save]").Click();

        Assert.Empty(cut.FindAll("[data-testid=overlap-prompt]"));
        Assert.Single(_saved);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover service only disposes asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Three stored spaces B4-A-001…003 side by side at x 5..12.5, y 10..15.</summary>
    private IRenderedComponent<LevelEditor> RenderEditor(out LevelDraft start)
    {
        var draft = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 3, 2.5, 5, 1, "B4-A-"));
        start = draft;
        var cut = Render<LevelEditor>(p => p
            .Add(e => e.Context, new LevelEditContext("Lot", draft, []))
            .Add(e => e.Save, d =>
            {
                _saved.Add(d);
                return Task.FromResult(new LevelSaveResult(LevelSaveStatus.Saved, _saved.Count, null, [], []));
            }));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=level-editor]").GetAttribute("data-connected")));
        return cut;
    }
}
