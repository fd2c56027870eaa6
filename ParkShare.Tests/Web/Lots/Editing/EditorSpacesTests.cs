using Bunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>The space layer of a large level redraws only when spaces or their selection change.</summary>
public sealed class EditorSpacesTests : ParkShareComponentTest, IAsyncLifetime
{
    [Fact]
    public async Task SpaceLayer_ToolSwitchAndOtherEdits_DoNotRedrawSpaces_MoveRedrawsOnlyItsSlice()
    {
        var draft = Drafts.Empty() with { Outline = Polygon2.Rectangle(0, 0, 260, 200) };
        draft = draft with
        {
            Spaces = [.. Enumerable.Range(0, 2000).Select(i => new SpaceDraft(Guid.NewGuid(), null, $"B6-{i + 1:0000}", i + 1, $"B6-{i + 1:0000}",
                Polygon2.Rectangle(5 + (i % 100 * 2.5), 5 + (i / 100 * 9), 7.5 + (i % 100 * 2.5), 10.3 + (i / 100 * 9)), SpaceKind.Standard, true))],
        };
        var cut = Render<LevelEditor>(p => p
            .Add(e => e.Context, new LevelEditContext("Lot", draft, []))
            .Add(e => e.Save, d => Task.FromResult(new LevelSaveResult(LevelSaveStatus.Saved, 1, null, [], []))));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=level-editor]").GetAttribute("data-connected")));
        var layer = cut.FindComponent<EditorSpaces>();
        var before = layer.RenderCount;

        await cut.InvokeAsync(() => cut.Instance.OnSelectedAsync(draft.Spaces[5].Id.ToString(), false));
        Assert.True(layer.RenderCount > before);
        Assert.Single(cut.FindAll("path.sp.sel"));
        await cut.InvokeAsync(() => cut.Instance.OnSelectedAsync(null, false));
        before = layer.RenderCount;
        await cut.InvokeAsync(() => cut.Instance.SetToolAsync(EditorTool.Landmark));
        await cut.InvokeAsync(() => cut.Instance.OnPointAsync(100, -100));
        Assert.Equal(before, layer.RenderCount);

        var id = draft.Spaces[0].Id;
        var chunks = cut.FindComponents<EditorSpaceChunk>();
        var (first, second) = (chunks[0].RenderCount, chunks[1].RenderCount);
        await cut.InvokeAsync(() => cut.Instance.OnMovedAsync([id.ToString()], 0, -4));
        Assert.True(chunks[0].RenderCount > first);
        Assert.Equal(second, chunks[1].RenderCount);
        Assert.Equal(9.0, cut.Instance.Draft.Space(id)!.Polygon.Envelope.MinY, 3);
        Assert.Contains("sel", cut.Find($"path.sp[data-id='{id}']").GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal(2000, cut.FindAll("path.sp").Count);
    }

    [Fact]
    public void SpaceLayer_CodeAndLabelWithMarkup_RenderedAsTextNotElements()
    {
        var space = new SpaceDraft(Guid.NewGuid(), null, "B1-<b>\"x", null, "<script>alert(1)</script>&", Polygon2.Rectangle(0, 0, 2.5, 5), SpaceKind.Ev, true);

        var cut = Render<EditorSpaces>(p => p.Add(e => e.Spaces, [space]).Add(e => e.Selection, [space.Id]));

        var path = cut.Find("path.sp");
        Assert.Equal("B1-<b>\"x", path.GetAttribute("data-code"));
        Assert.Equal("<script>alert(1)</script>&", path.GetAttribute("data-label"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal(["sp", "kind-ev", "sel"], path.ClassList);
        Assert.Equal("M0,-0 2.5,-0 2.5,-5 0,-5 Z", path.GetAttribute("d"));
        Assert.Equal(("1.25", "-2.1"), (path.GetAttribute("data-lx"), path.GetAttribute("data-ly")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
