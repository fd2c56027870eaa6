using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots.Editing;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots;

/// <summary>The lot's name, address, time zone and optional georeference origin; every message shows next to its field.</summary>
public sealed partial class LotDetailsForm
{
    private string _name = string.Empty;
    private string _address = string.Empty;
    private string _timeZone = "Asia/Shanghai";
    private double? _lat;
    private double? _lng;
    private double? _rotation;
    private string? _nameError;
    private string? _addressError;
    private string? _timeZoneError;
    private string? _geoError;
    private string? _error;
    private bool _busy;

    /// <summary>The lot to edit; empty to create a new one.</summary>
    [Parameter]
    public Guid LotId { get; set; }

    [Parameter]
    public string? Name { get; set; }

    [Parameter]
    public string? Address { get; set; }

    /// <summary>Called with the lot's id once it is created or saved.</summary>
    [Parameter]
    public EventCallback<Guid> OnSaved { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotDetailsForm> L { get; set; } = default!;

    private bool IsNew => LotId == Guid.Empty;

    protected override void OnParametersSet()
    {
        _name = Name ?? string.Empty;
        _address = Address ?? string.Empty;
    }

    private async Task SubmitAsync()
    {
        (_nameError, _addressError, _timeZoneError, _geoError, _error) = (null, null, null, null, null);
        var user = (await Auth).User;
        if (IsNew && (_lat is null) != (_lng is null))
        {
            _geoError = L["LotEdit.Error.GeoreferenceIncomplete"];
            return;
        }

        _busy = true;
        try
        {
            var outcome = IsNew
                ? await Editing.CreateLotAsync(user, new LotDraft(_name, _address, _timeZone, _lat, _lng, _lat is null ? null : _rotation))
                : await Editing.DescribeLotAsync(user, LotId, _name, _address);
            if (outcome.Succeeded)
            {
                await OnSaved.InvokeAsync(outcome.Id ?? LotId);
                return;
            }

            Show(outcome);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(LotEditOutcome outcome)
    {
        var message = LotEditMessages.Text(L, outcome);
        switch (outcome.Error)
        {
            case LotEditError.NameRequired or LotEditError.NameTooLong or LotEditError.NameInvalid:
                _nameError = message;
                break;
            case LotEditError.AddressTooLong or LotEditError.AddressInvalid:
                _addressError = message;
                break;
            case LotEditError.TimeZoneUnknown:
                _timeZoneError = message;
                break;
            case LotEditError.GeoreferenceOutOfRange:
                _geoError = message;
                break;
            default:
                _error = message;
                break;
        }
    }
}
