using Bunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>Each tool, as editor.js reports it (SVG units, y = -north), changes the draft; undo and redo restore it exactly.</summary>
public sealed class LevelEditorTests : ParkShareComponentTest, IAsyncLifetime
{
    private readonly List<LevelDraft> _saved = [];
    private LevelSaveResult _answer = new(LevelSaveStatus.Saved, 1, null, [], []);

    [Fact]
    public async Task Tools_OutlineZoneRowLandmarkWalkway_EachOneUndoableStep()
    {
        var cut = RenderEditor(Drafts.Empty());
        var editor = cut.Instance;
        var steps = new List<LevelDraft> { editor.Draft };

        await Tool(cut, EditorTool.Outline, () => editor.OnPolygonDrawnAsync([0, 0, 80, 0, 80, -50, 0, -50]));
        steps.Add(editor.Draft);
        Assert.Equal(new Envelope2(0, 0, 80, 50), editor.Draft.Outline.Envelope);

        await Tool(cut, EditorTool.Zone, () => editor.OnPolygonDrawnAsync([0, 0, 40, 0, 40, -50, 0, -50]));
        steps.Add(editor.Draft);
        Assert.Equal("A", Assert.Single(editor.Draft.Zones).Code);

        await Tool(cut, EditorTool.Row, () => editor.OnRowDraggedAsync(5, -10, 30.2, -10));
        cut.Find("[data-testid=row-create]").Click();
        steps.Add(editor.Draft);
        Assert.Equal(10, editor.Draft.Spaces.Count);
        Assert.Equal("B4-A-001", editor.Draft.Spaces[0].Code);
        Assert.Equal(10, cut.FindAll("path.sp").Count);

        await Tool(cut, EditorTool.Landmark, () => editor.OnPointAsync(2.1, -9.9));
        steps.Add(editor.Draft);
        Assert.Equal(new Point2(2, 10), Assert.Single(editor.Draft.Landmarks).Point);

        await Tool(cut, EditorTool.Walkway, async () =>
        {
            var first = await editor.OnWalkwayPointAsync(2.2, -10.1, false, 0, 0);
            Assert.Equal([2, -10], first);
            await editor.OnWalkwayPointAsync(30, -10, true, first[0], first[1]);
        });
        steps.Add(editor.Draft);
        Assert.Single(editor.Draft.Edges);
        Assert.Equal(editor.Draft.Landmarks[0].Id, editor.Draft.Nodes[0].LandmarkId);
        Assert.DoesNotContain(editor.Draft.Spaces, s => DraftValidator.Validate(editor.Draft).Any(i => i.ElementId == s.Id));

        await UndoRedoRestoresAsync(cut, steps);
    }

    [Fact]
    public async Task SelectMoveRotateResizeDeleteRenumber_ChangeTheSelectionOnly()
    {
        var start = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 3, 2.5, 5, 1, "B4-A-"));
        var cut = RenderEditor(start);
        var editor = cut.Instance;
        var (a, b, c) = (start.Spaces[0], start.Spaces[1], start.Spaces[2]);
        var steps = new List<LevelDraft> { editor.Draft };

        await cut.InvokeAsync(() => editor.OnSelectedAsync(a.Id.ToString(), false));
        await cut.InvokeAsync(() => editor.OnMovedAsync([a.Id.ToString()], 1.04, -2.01));
        steps.Add(editor.Draft);
        Assert.Equal(new Envelope2(6, 12, 8.5, 17), editor.Draft.Space(a.Id)!.Polygon.Envelope);
        Assert.Equal(b, editor.Draft.Space(b.Id));

        await cut.InvokeAsync(() => editor.OnRotatedAsync(-90));
        steps.Add(editor.Draft);
        Assert.Equal(5, editor.Draft.Space(a.Id)!.Polygon.Envelope.Width, 3);

        await cut.InvokeAsync(() => editor.OnResizedAsync(b.Id.ToString(), 10.5, -16));
        steps.Add(editor.Draft);
        Assert.Equal(new Envelope2(7.5, 10, 10.5, 16), editor.Draft.Space(b.Id)!.Polygon.Envelope);

        await cut.InvokeAsync(() => editor.OnBandSelectedAsync(4, -9, 20, -30, false));
        Assert.Equal(3, editor.Selection.Count(id => editor.Draft.Space(id) is not null));
        cut.Find("#renumber-prefix").Change("B4-A-");
        cut.Find("#renumber-start").Change("11");
        cut.Find("[data-testid=prop-renumber]").Click();
        steps.Add(editor.Draft);
        Assert.Equal(["B4-A-011", "B4-A-012", "B4-A-013"], editor.Draft.Spaces.Select(s => s.Code).Order());

        await cut.InvokeAsync(() => editor.OnSelectedAsync(c.Id.ToString(), false));
        await cut.InvokeAsync(() => editor.OnKeyAsync("Delete", false, false));
        steps.Add(editor.Draft);
        Assert.Null(editor.Draft.Space(c.Id));

        await UndoRedoRestoresAsync(cut, steps);
    }

    [Fact]
    public async Task RowOfTenThousand_RefusedBesideTheCountAndDraftUnchanged()
    {
        var cut = RenderEditor(Drafts.WithZoneAndAisle());
        var before = cut.Instance.Draft;

        await Tool(cut, EditorTool.Row, () => cut.Instance.OnRowDraggedAsync(0, -5, 40, -5));
        cut.Find("#row-count").Change("10000");

        Assert.True(cut.Find("[data-testid=row-create]").HasAttribute("disabled"));
        Assert.Same(before, cut.Instance.Draft);
        Assert.Contains("500", cut.Find("[data-testid=row-form]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ConflictThenFailure_WarnsAndKeepsTheDraft()
    {
        var cut = RenderEditor(Drafts.WithZoneAndAisle());
        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("l", false, false));
        await cut.InvokeAsync(() => cut.Instance.OnPointAsync(20, -20));
        var drawn = cut.Instance.Draft;

        _answer = new LevelSaveResult(LevelSaveStatus.Conflict, 4, null, [], []);
        await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("s", true, false));
        Assert.NotNull(cut.Find("[data-testid=editor-conflict]"));
        Assert.Same(drawn, cut.Instance.Draft);

        _answer = null!;
        cut.Find("[data-testid=conflict-overwrite]").Click();
        Assert.Equal(4, cut.Instance.Draft.Version);
        Assert.Equal(drawn.Landmarks, cut.Instance.Draft.Landmarks);
        Assert.NotNull(cut.Find("[data-testid=editor-message]"));
        Assert.Equal(2, _saved.Count);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover service only disposes asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private IRenderedComponent<LevelEditor> RenderEditor(LevelDraft draft)
    {
        var cut = Render<LevelEditor>(p => p
            .Add(e => e.Context, new LevelEditContext("Lot", draft, []))
            .Add(e => e.Save, d =>
            {
                _saved.Add(d);
                return _answer is null ? throw new InvalidOperationException("database gone") : Task.FromResult(_answer);
            }));

        // The render after the JS module is attached must land before the test clicks anything.
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=level-editor]").GetAttribute("data-connected")));
        return cut;
    }

    private static async Task Tool(IRenderedComponent<LevelEditor> cut, EditorTool tool, Func<Task> act)
    {
        await cut.InvokeAsync(() => cut.Instance.SetToolAsync(tool));
        await cut.InvokeAsync(act);
    }

    private static async Task UndoRedoRestoresAsync(IRenderedComponent<LevelEditor> cut, List<LevelDraft> steps)
    {
        for (var i = steps.Count - 2; i >= 0; i--)
        {
            await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("z", true, false));
            Assert.Equal(steps[i], cut.Instance.Draft);
        }

        for (var i = 1; i < steps.Count; i++)
        {
            await cut.InvokeAsync(() => cut.Instance.OnKeyAsync(i % 2 == 0 ? "y" : "Z", true, i % 2 == 1));
            Assert.Equal(steps[i], cut.Instance.Draft);
        }

        Assert.Equal(steps[^1].Spaces.Count, cut.FindAll("path.sp").Count);
    }
}
