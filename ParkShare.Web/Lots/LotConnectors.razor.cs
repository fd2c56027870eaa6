using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots;

/// <summary>A lot's elevators, stairs and ramps between levels: list, add (by landmark on each level), remove.</summary>
public sealed partial class LotConnectors
{
    private IReadOnlyList<ConnectorRow>? _rows;
    private IReadOnlyList<LandmarkChoice> _landmarks = [];
    private bool _notFound;
    private Guid? _removing;

    [Parameter]
    public Guid LotId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private ConnectorEditor Connectors { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotConnectors> L { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _notFound = !await Access.CanEditAsync((await Auth).User, LotId);
        if (_notFound)
        {
            _rows = null;
            return;
        }

        _rows = await Connectors.ListAsync(LotId);
        _landmarks = await Connectors.LandmarksAsync(LotId);
    }

    private async Task RemoveAsync(ConnectorRow row)
    {
        _removing = null;
        var outcome = await Editing.DisconnectAsync((await Auth).User, LotId, row.Id);
        Snackbar.Add(outcome.Succeeded ? L["Connectors.Removed", row.Name].Value : LotEditMessages.Text(L, outcome), outcome.Succeeded ? Severity.Success : Severity.Warning);
        await LoadAsync();
    }
}
