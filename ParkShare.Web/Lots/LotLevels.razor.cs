using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots;

/// <summary>A lot's levels: add, rename, move to another floor, copy, delete; and the lot's own description.</summary>
public sealed partial class LotLevels : LotPageBase
{
    private Guid? _editing;
    private string _editName = string.Empty;
    private int _editOrdinal;
    private LevelMap? _copying;
    private Guid? _deleting;
    private LevelDeletionImpact? _impact;
    private string? _rowError;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotLevels> L { get; set; } = default!;

    protected override bool EditsLot => true;

    private int FreeOrdinalBelow(int ordinal)
    {
        var taken = Map?.Levels.Select(l => l.Ordinal).ToHashSet() ?? [];
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
        _impact = await Editing.DeletionImpactAsync(await UserAsync(), LotId, level.Id);
        _deleting = _impact is null ? null : level.Id;
    }

    private async Task SaveEditAsync(LevelMap level)
    {
        var user = await UserAsync();
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
            await ReloadAsync();
            return;
        }

        await SavedAsync(level.Id);
    }

    private async Task DeleteAsync(LevelMap level)
    {
        var outcome = await Editing.DeleteLevelAsync(await UserAsync(), LotId, level.Id);
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
        await ReloadAsync();
        Snackbar.Add(L["Levels.Saved"], Severity.Success);
    }
}
