using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Web.Parking;

namespace ParkShare.Web.Lots;

/// <summary>
/// "Disable this space" for staff: it first lists the reservations and the car it affects and asks for a
/// reason; confirming disables the space, cancels those reservations and tells each driver (notice and push).
/// </summary>
public sealed partial class SpaceDisablePanel
{
    private SpaceImpact? _impact;
    private string _reason = string.Empty;
    private string? _reasonError;

    [Parameter, EditorRequired] public Guid LotId { get; set; }

    [Parameter, EditorRequired] public SpaceEntry Space { get; set; } = default!;

    [Parameter] public bool Disabled { get; set; }

    [Parameter] public string TimeZoneId { get; set; } = "UTC";

    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private SpaceDisabler Disabler { get; set; } = default!;

    [Inject] private LotOperations Operations { get; set; } = default!;

    [Inject] private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IStringLocalizer<SpaceDisablePanel> L { get; set; } = default!;

    private Guid _shownFor;

    protected override void OnParametersSet()
    {
        if (_shownFor != Space.Id)
        {
            (_shownFor, _impact, _reason, _reasonError) = (Space.Id, null, string.Empty, null);
        }
    }

    private async Task AskAsync() => _impact = await Disabler.ImpactAsync(LotId, Space.Id);

    private async Task DisableAsync()
    {
        // A reason is required once a driver is affected; an optional one is still checked.
        var affected = _impact is { IsEmpty: false };
        var problem = affected || !string.IsNullOrWhiteSpace(_reason) ? ReasonRules.Problem(_reason) : null;
        _reasonError = problem is null ? null : L[problem, LotOperations.MaxCancelReasonLength].Value;
        if (_reasonError is not null)
        {
            return;
        }

        var outcome = await Disabler.DisableAsync(LotId, Space.Id, string.IsNullOrWhiteSpace(_reason) ? L["Space.DefaultReason"] : _reason);
        _impact = null;
        if (outcome is { Cancelled: var count, CarsTold: var told })
        {
            Snackbar.Add(count == 0 ? L["Space.Disabled", Space.Code] : L[Localization.Plural.Key("Space.DisabledAndCancelled", count), Space.Code, count], MudBlazor.Severity.Success);
            if (told > 0)
            {
                Snackbar.Add(L[Localization.Plural.Key("Space.CarsTold", told), told], MudBlazor.Severity.Info);
            }

            await OnChanged.InvokeAsync();
        }
    }

    private async Task EnableAsync()
    {
        if (await Operations.SetSpaceDisabledAsync(LotId, Space.Id, false))
        {
            Snackbar.Add(L["Space.Enabled", Space.Code], MudBlazor.Severity.Success);
            await OnChanged.InvokeAsync();
        }
    }

    private string ConfirmKey => _impact switch
    {
        { Reservations.Count: > 0 } => "Space.DisableAndCancel",
        { Cars.Count: > 0 } => "Space.DisableAndTell",
        _ => "Space.DisableConfirm",
    };

    private string Time(DateTime utc, string pattern = "MM-dd HH:mm") => LotTime.Format(utc, LotTime.Zone(TimeZoneId), pattern);
}
