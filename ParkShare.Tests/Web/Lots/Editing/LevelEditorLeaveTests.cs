using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Editing;
using ParkShare.Tests.Core.Lots.Editing;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

/// <summary>Leaving the editor with unsaved changes asks first; with nothing unsaved it does not.</summary>
public sealed class LevelEditorLeaveTests : ParkShareComponentTest, IAsyncLifetime
{
    private const string LotPage = "http://localhost/console/lots/1";

    [Fact]
    public async Task Navigate_UnsavedChangesAndLeaveDeclined_StaysWithDraft()
    {
        var confirm = JSInterop.Setup<bool>("confirm", _ => true);
        confirm.SetResult(false);
        var cut = RenderEditor();
        await cut.InvokeAsync(() => cut.Instance.OnPointAsync(3, -3));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var before = navigation.Uri;

        await cut.InvokeAsync(() => navigation.NavigateTo(LotPage));

        Assert.Equal(before, navigation.Uri);
        Assert.True(cut.Instance.Dirty);
        var asked = Assert.Single(confirm.Invocations);
        var question = Services.GetRequiredService<IStringLocalizer<LevelEditor>>()["Editor.LeaveUnsaved"];
        Assert.False(question.ResourceNotFound);
        Assert.Equal(question.Value, asked.Arguments[0]);
    }

    [Fact]
    public async Task Navigate_UnsavedChangesAndLeaveConfirmed_Leaves()
    {
        JSInterop.Setup<bool>("confirm", _ => true).SetResult(true);
        var cut = RenderEditor();
        await cut.InvokeAsync(() => cut.Instance.OnPointAsync(3, -3));
        var navigation = Services.GetRequiredService<NavigationManager>();

        await cut.InvokeAsync(() => navigation.NavigateTo(LotPage));

        Assert.Equal(LotPage, navigation.Uri);
    }

    [Fact]
    public async Task Navigate_NothingUnsaved_LeavesWithoutAsking()
    {
        var confirm = JSInterop.Setup<bool>("confirm", _ => true);
        var cut = RenderEditor();
        var navigation = Services.GetRequiredService<NavigationManager>();

        await cut.InvokeAsync(() => navigation.NavigateTo(LotPage));

        Assert.Equal(LotPage, navigation.Uri);
        Assert.Empty(confirm.Invocations);
        Assert.False(cut.Instance.Dirty);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private IRenderedComponent<LevelEditor> RenderEditor()
    {
        var cut = Render<LevelEditor>(p => p
            .Add(e => e.Context, new LevelEditContext("Lot", Drafts.WithZoneAndAisle(), []))
            .Add(e => e.Save, _ => Task.FromResult(new LevelSaveResult(LevelSaveStatus.Saved, 1, null, [], []))));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=level-editor]").GetAttribute("data-connected")));
        cut.Instance.SetToolAsync(EditorTool.Landmark).GetAwaiter().GetResult();
        return cut;
    }
}
