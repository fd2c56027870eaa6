using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>Saving, conflicts, leaving and "zoom to it". A failed or refused save never touches the draft.</summary>
public sealed partial class LevelEditor
{
    private int _serverVersion;

    /// <summary>Leaving for another console page with unsaved changes asks first; a reload or a closed tab gets the browser's own question.</summary>
    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (Dirty && !await JS.InvokeAsync<bool>("confirm", L["Editor.LeaveUnsaved"].Value))
        {
            context.PreventNavigation();
        }
    }

    public async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        _message = null;
        try
        {
            var result = await Save(Draft);
            Report(result);
            if (result.Saved)
            {
                _history.Rebase(result.Version);
                _saved = Draft;
                _conflict = false;
                await OnSaved.InvokeAsync(result);
            }
        }
        catch (Exception ex) when (ex is not JSDisconnectedException and not OperationCanceledException)
        {
            // The draft stays as it is: nothing drawn is lost, and the circuit lives on.
            Show(L["Editor.Save.Failed"], Severity.Error);
        }
        finally
        {
            _saving = false;
            StateHasChanged();
        }
    }

    private void Report(LevelSaveResult result)
    {
        switch (result.Status)
        {
            case LevelSaveStatus.Saved:
                Show(L["Editor.Save.Done", result.Summary?.ToString() ?? string.Empty], Severity.Success);
                break;
            case LevelSaveStatus.Invalid:
                _issues = result.Issues;
                Show(L["Editor.Save.Invalid", result.Issues.Count], Severity.Error);
                break;
            case LevelSaveStatus.Conflict or LevelSaveStatus.LevelDeleted:
                _conflict = true;
                _deleted = result.Status == LevelSaveStatus.LevelDeleted;
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
            Load(fresh);
            _conflict = false;
            Show(L["Editor.Conflict.Reloaded"], Severity.Info);
        }
    }

    /// <summary>"Save mine anyway": the draft is rebased on the version now stored, then saved over it.</summary>
    private async Task OverwriteAsync()
    {
        _history.Rebase(_serverVersion);
        _conflict = false;
        await SaveAsync();
    }

    private async Task FocusIssueAsync(DraftIssue issue)
    {
        _selection.Clear();
        if (Draft.BoundsOf(issue.ElementId) is not null && issue.ElementId != Draft.LevelId)
        {
            _selection.Add(issue.ElementId);
        }

        if (_handle is not null)
        {
            var e = issue.Bounds.ExpandBy(6);
            await _handle.InvokeVoidAsync("focus", e.MinX, -e.MaxY, e.Width, e.Height);
        }
    }
}
