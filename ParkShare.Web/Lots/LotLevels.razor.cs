using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots;

/// <summary>A lot's levels: add, rename, move to another floor, copy, delete; and the lot's own description.</summary>
public sealed partial class LotLevels
{
    private LotMap? _map;
    private bool _notFound;
    private Guid? _editing;
    private string _editName = string.Empty;
    private int _editOrdinal;
    private LevelMap? _copying;
    private Guid? _deleting;
    private LevelDeletionImpact? _impact;
    private string? _rowError;

    [Parameter]
    public Guid LotId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private LotMapCache Maps { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotLevels> L { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _map = await Access.CanEditAsync((await Auth).User, LotId) ? await Maps.GetAsync(LotId) : null;
        _notFound = _map is null;
    }

    private int FreeOrdinalBelow(int ordinal)
    {
        var taken = _map?.Levels.Select(l => l.Ordinal).ToHashSet() ?? [];
        var candidate = ordinal - 1;
        while (taken.Contains(candidate) && candidate > LevelRules.MinOrdinal)
        {
            candidate--;
        }

        return candidate;
    }

    private void Close()
    {
        (_editing, _copying, _deleting, _impact, _rowError) = (null, null, null, null, null);
    }

    private void StartEdit(LevelMap level)
    {
        Close();
        (_editing, _editName, _editOrdinal) = (level.Id, level.Name, level.Ordinal);
    }

    private void StartCopy(LevelMap level)
    {
        Close();
        _copying = level;
    }

    private async Task StartDeleteAsync(LevelMap level)
    {
        Close();
        _impact = await Editing.DeletionImpactAsync((await Auth).User, LotId, level.Id);
        _deleting = _impact is null ? null : level.Id;
    }

    private async Task SaveEditAsync(LevelMap level)
    {
        var user = (await Auth).User;
        LotEditOutcome? outcome = null;
        if (!string.Equals(_editName.Trim(), level.Name, StringComparison.Ordinal))
        {
            outcome = await Editing.RenameLevelAsync(user, LotId, level.Id, _editName);
        }

        if (outcome is null or { Succeeded: true } && _editOrdinal != level.Ordinal)
        {
            outcome = await Editing.MoveLevelAsync(user, LotId, level.Id, _editOrdinal);
        }

        if (outcome is { Succeeded: false })
        {
            _rowError = LotEditMessages.Text(L, outcome);
            await LoadAsync();
            return;
        }

        await SavedAsync(level.Id);
    }

    private async Task DeleteAsync(LevelMap level)
    {
        var outcome = await Editing.DeleteLevelAsync((await Auth).User, LotId, level.Id);
        if (!outcome.Succeeded)
        {
            _rowError = LotEditMessages.Text(L, outcome);
            return;
        }

        Snackbar.Add(L["Levels.Deleted", level.Name], Severity.Success);
        await SavedAsync(level.Id);
    }

    private async Task SavedAsync(Guid id)
    {
        Close();
        await LoadAsync();
        Snackbar.Add(L["Levels.Saved"], Severity.Success);
    }
}
