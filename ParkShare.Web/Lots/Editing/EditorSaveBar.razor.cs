using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Localization;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// Saving and its answer: the line under the toolbar with the last save's (or refused edit's) message, and a
/// conflict's choices (reload, save mine anyway, keep drawing). A failed or refused save never touches the draft;
/// what a save changes in the editor it reports through its callbacks.
/// </summary>
public sealed partial class EditorSaveBar
{
    private string? _message;
    private Severity _severity = Severity.Info;
    private EditorConflict _conflict;
    private int _serverVersion;

    /// <summary>Stores a draft (see <see cref="LevelEditor.Save"/>).</summary>
    [Parameter, EditorRequired]
    public Func<LevelDraft, Task<LevelSaveResult>> Save { get; set; } = default!;

    /// <summary>Loads the level as stored now, for "reload" after a conflict.</summary>
    [Parameter]
    public Func<Task<LevelEditContext?>>? Reload { get; set; }

    /// <summary>The draft was stored as the result's version.</summary>
    [Parameter]
    public EventCallback<LevelSaveResult> OnSaved { get; set; }

    /// <summary>The store refused the draft for these blocking issues.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<DraftIssue>> OnInvalid { get; set; }

    /// <summary>"Reload" after a conflict: the level as stored now replaces the draft.</summary>
    [Parameter]
    public EventCallback<LevelEditContext> OnReloaded { get; set; }

    /// <summary>"Save mine anyway": the editor rebases its draft on this stored version and saves it again.</summary>
    [Parameter]
    public EventCallback<int> OnOverwrite { get; set; }

    public bool Saving { get; private set; }

    public void Show(string message, Severity severity)
    {
        (_message, _severity) = (message, severity);
        StateHasChanged();
    }

    public async Task SaveAsync(LevelDraft draft)
    {
        if (Saving)
        {
            return;
        }

        Saving = true;
        _message = null;
        try
        {
            var result = await Save(draft);
            await ReportAsync(result);
        }
        catch (Exception ex) when (ex is not JSDisconnectedException and not OperationCanceledException)
        {
            // The draft stays as it is: nothing drawn is lost, and the circuit lives on.
            Show(L["Editor.Save.Failed"], Severity.Error);
        }
        finally
        {
            Saving = false;
            StateHasChanged();
        }
    }

    private async Task ReportAsync(LevelSaveResult result)
    {
        switch (result.Status)
        {
            case LevelSaveStatus.Saved:
                Show(L["Editor.Save.Done", result.Summary is { } summary ? LevelEditWords.Describe(L, summary) : string.Empty], Severity.Success);
                _conflict = EditorConflict.None;
                await OnSaved.InvokeAsync(result);
                break;
            case LevelSaveStatus.Invalid:
                Show(L["Editor.Save.Invalid", L.Count("Count.Errors", result.Issues.Count)], Severity.Error);
                await OnInvalid.InvokeAsync(result.Issues);
                break;
            case LevelSaveStatus.Conflict or LevelSaveStatus.LevelDeleted:
                _conflict = result.Status == LevelSaveStatus.LevelDeleted ? EditorConflict.LevelDeleted : EditorConflict.SavedByOther;
                _serverVersion = result.Version;
                break;
            default:
                Show(L[$"Editor.Save.{result.Status}", string.Join(", ", result.Blockers)], Severity.Error);
                break;
        }
    }

    private async Task ReloadAsync()
    {
        if (Reload is not null && await Reload() is { } fresh)
        {
            _conflict = EditorConflict.None;
            await OnReloaded.InvokeAsync(fresh);
            Show(L["Editor.Conflict.Reloaded"], Severity.Info);
        }
    }

    private async Task OverwriteAsync()
    {
        _conflict = EditorConflict.None;
        await OnOverwrite.InvokeAsync(_serverVersion);
    }
}
