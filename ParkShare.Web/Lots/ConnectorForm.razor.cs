using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots;

/// <summary>The "add a connector" form of the connectors page; nothing is written unless every stop and value is valid.</summary>
public sealed partial class ConnectorForm
{
    private ConnectorKind _kind = ConnectorKind.Elevator;
    private string _name = string.Empty;
    private double _cost = ConnectorRules.DefaultCost(ConnectorKind.Elevator);
    private List<string> _ends = [string.Empty, string.Empty];
    private string? _nameError;
    private string? _costError;
    private string? _error;
    private bool _busy;

    [Parameter]
    public Guid LotId { get; set; }

    [Parameter]
    public IReadOnlyList<LandmarkChoice> Landmarks { get; set; } = [];

    [Parameter]
    public EventCallback OnSaved { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConnectorForm> L { get; set; } = default!;

    private void OnKindChanged(ChangeEventArgs e)
    {
        if (Enum.TryParse<ConnectorKind>(e.Value?.ToString(), out var kind))
        {
            // The cost follows the kind until the operator types their own.
            if (_cost == ConnectorRules.DefaultCost(_kind))
            {
                _cost = ConnectorRules.DefaultCost(kind);
            }

            _kind = kind;
        }
    }

    private async Task SubmitAsync()
    {
        (_nameError, _costError, _error) = (null, null, null);
        var stops = _ends.Select(e => Guid.TryParse(e, out var id) ? id : Guid.Empty).ToList();
        if (stops.Count(id => id != Guid.Empty) < 2)
        {
            _error = L["LotEdit.Error.ConnectorTooFewEnds"];
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Editing.ConnectAsync((await Auth).User, LotId, new ConnectorDraft(_kind, _name, _cost, [.. stops.Where(id => id != Guid.Empty)]));
            if (outcome.Succeeded)
            {
                Snackbar.Add(L["Connectors.Added", _name.Trim()], MudBlazor.Severity.Success);
                (_name, _ends) = (string.Empty, [string.Empty, string.Empty]);
                await OnSaved.InvokeAsync();
                return;
            }

            var message = LotEditMessages.Text(L, outcome);
            switch (outcome.Error)
            {
                case LotEditError.NameRequired or LotEditError.NameTooLong or LotEditError.NameInvalid:
                    _nameError = message;
                    break;
                case LotEditError.CostOutOfRange:
                    _costError = message;
                    break;
                default:
                    _error = message;
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
