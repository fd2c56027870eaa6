using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots;

/// <summary>A lot's elevators, stairs and ramps between levels: list, add (by landmark on each level), remove.</summary>
public sealed partial class LotConnectors : LotPageBase
{
    private IReadOnlyList<ConnectorRow>? _rows;
    private IReadOnlyList<LandmarkChoice> _landmarks = [];
    private Guid? _removing;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private ConnectorEditor Connectors { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotConnectors> L { get; set; } = default!;

    protected override bool EditsLot => true;

    protected override async Task LoadLotAsync(LotMap map)
    {
        _rows = await Connectors.ListAsync(LotId);
        _landmarks = await Connectors.LandmarksAsync(LotId);
    }

    private async Task RemoveAsync(ConnectorRow row)
    {
        _removing = null;
        var outcome = await Editing.DisconnectAsync(await UserAsync(), LotId, row.Id);
        Snackbar.Add(outcome.Succeeded ? L["Connectors.Removed", row.Name].Value : LotEditMessages.Text(L, outcome), outcome.Succeeded ? Severity.Success : Severity.Warning);
        await ReloadAsync();
    }
}
