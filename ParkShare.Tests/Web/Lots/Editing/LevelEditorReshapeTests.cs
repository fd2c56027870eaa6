using Bunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>The reshape handles and the walkway split, as editor.js reports them (SVG units, y = -north); undo restores exactly.</summary>
public sealed class LevelEditorReshapeTests : ParkShareComponentTest, IAsyncLifetime
{
    [Fact]
    public async Task Reshape_ZoneAndOutlineVertices_EachOneUndoableStep()
    {
        var start = Drafts.WithZoneAndAisle();
        var zone = start.Zones[0].Id;
        var cut = RenderEditor(start);
        var editor = cut.Instance;
        var steps = new List<LevelDraft> { editor.Draft };
        Assert.Empty(cut.FindAll("[data-testid=vertex-handle]"));

        await cut.InvokeAsync(() => editor.OnSelectedAsync(zone.ToString(), false));
        Assert.Equal(4, cut.FindAll("[data-testid=vertex-handle]").Count);
        Assert.Equal(4, cut.FindAll("[data-testid=mid-handle]").Count);

        await cut.InvokeAsync(() => editor.OnVertexMovedAsync(zone.ToString(), 2, 62.2, -41.9));
        steps.Add(editor.Draft);
        Assert.Equal(new Point2(62, 42), editor.Draft.Zone(zone)!.Polygon.Points[2]);
        Assert.Equal(start.Outline, editor.Draft.Outline);

        await cut.InvokeAsync(() => editor.OnVertexInsertedAsync(zone.ToString(), 0, 30.1, 4.9));
        steps.Add(editor.Draft);
        Assert.Equal(new Point2(30, -5), editor.Draft.Zone(zone)!.Polygon.Points[1]);
        Assert.Equal(5, cut.FindAll("[data-testid=vertex-handle]").Count);

        await cut.InvokeAsync(() => editor.OnVertexPickedAsync(zone.ToString(), 1));
        Assert.Single(cut.FindAll(".handle.vertex.picked"));
        await cut.InvokeAsync(() => editor.OnKeyAsync("Delete", false, false));
        steps.Add(editor.Draft);
        Assert.Equal(4, editor.Draft.Zone(zone)!.Polygon.Points.Count);
        Assert.Equal(zone, Assert.Single(editor.Selection));

        await cut.InvokeAsync(() => editor.OnSelectedAsync(start.LevelId.ToString(), false));
        Assert.Equal("outline sel", cut.Find("[data-testid=editor-outline]").GetAttribute("class"));
        await cut.InvokeAsync(() => editor.OnVertexRemovedAsync(start.LevelId.ToString(), 3));
        steps.Add(editor.Draft);
        Assert.Equal([new(0, 0), new(60, 0), new(60, 40)], editor.Draft.Outline.Points);
        Assert.Equal(3, cut.FindAll("[data-testid=vertex-handle]").Count);

        await UndoRedoRestoresAsync(cut, steps);
    }

    [Fact]
    public async Task Reshape_CrossingOrBelowThree_MessageShownAndDraftUnchanged()
    {
        var start = Drafts.WithZoneAndAisle();
        var zone = start.Zones[0].Id.ToString();
        var cut = RenderEditor(start);
        await cut.InvokeAsync(() => cut.Instance.OnSelectedAsync(zone, false));

        await cut.InvokeAsync(() => cut.Instance.OnVertexMovedAsync(zone, 0, 70, -20));
        Assert.Same(start, cut.Instance.Draft);
        Assert.NotEmpty(cut.Find("[data-testid=editor-message]").TextContent.Trim());

        await cut.InvokeAsync(() => cut.Instance.OnVertexRemovedAsync(zone, 0));
        var triangle = cut.Instance.Draft;
        await cut.InvokeAsync(() => cut.Instance.OnVertexRemovedAsync(zone, 0));
        Assert.Same(triangle, cut.Instance.Draft);
        Assert.Contains("3", cut.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Walkway_ClickOnTheMiddleOfASegment_SplitsItAndContinuesFromThere()
    {
        var start = Drafts.WithZoneAndAisle();
        var cut = RenderEditor(start);
        var editor = cut.Instance;
        await cut.InvokeAsync(() => editor.SetToolAsync(EditorTool.Walkway));

        var first = await cut.InvokeAsync(() => editor.OnWalkwayPointAsync(30.2, -10.4, false, 0, 0));
        Assert.Equal([30, -10], first);
        Assert.Same(start, editor.Draft);
        await cut.InvokeAsync(() => editor.OnWalkwayPointAsync(30.1, -29.8, true, first[0], first[1]));

        var middle = editor.Draft.NodeAt(new Point2(30, 10));
        Assert.NotNull(middle);
        Assert.Equal(4, editor.Draft.Nodes.Count);
        Assert.Equal(3, editor.Draft.Edges.Count(e => e.FromNodeId == middle.Id || e.ToNodeId == middle.Id));
        Assert.Equal(3, cut.FindAll("line.walkway").Count);

        await UndoRedoRestoresAsync(cut, [start, editor.Draft]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover service only disposes asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private IRenderedComponent<LevelEditor> RenderEditor(LevelDraft draft)
    {
        var cut = Render<LevelEditor>(p => p
            .Add(e => e.Context, new LevelEditContext("Lot", draft, []))
            .Add(e => e.Save, d => Task.FromResult(new LevelSaveResult(LevelSaveStatus.Saved, 1, null, [], []))));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=level-editor]").GetAttribute("data-connected")));
        return cut;
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
            await cut.InvokeAsync(() => cut.Instance.OnKeyAsync("y", true, false));
            Assert.Equal(steps[i], cut.Instance.Draft);
        }
    }
}
