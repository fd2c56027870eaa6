using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Occupancy;

/// <summary>A lot's sensor API keys: create (the secret is shown once), list, revoke. Admins and the lot's operators only.</summary>
public sealed partial class LotSensorKeys : LotPageBase
{
    private IReadOnlyList<LotApiKey>? _keys;
    private string _name = string.Empty;
    private string? _secret;
    private string? _error;
    private Guid? _revoking;

    [Inject]
    private SensorKeyAdministration Keys { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotSensorKeys> L { get; set; } = default!;

    protected override bool EditsLot => true;

    protected override Task LoadLotAsync(LotMap map)
    {
        _secret = null;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        _keys = await Keys.ListAsync(await UserAsync(), LotId);
        NotFound = _keys is null;
    }

    private async Task CreateAsync()
    {
        var outcome = await Keys.CreateAsync(await UserAsync(), LotId, _name);
        _error = outcome.Error switch
        {
            LotApiKeyError.None => null,
            LotApiKeyError.NameRequired => L["SensorKeys.Error.NameRequired"].Value,
            LotApiKeyError.NameTooLong => L["SensorKeys.Error.NameTooLong", LotApiKey.MaxNameLength].Value,
            LotApiKeyError.TooManyKeys => L["SensorKeys.Error.TooManyKeys", LotApiKeyService.MaxActivePerLot].Value,
            _ => L["Lot.NotFound"].Value,
        };
        if (outcome.Secret is { } secret)
        {
            _secret = secret;
            _name = string.Empty;
        }

        await LoadAsync();
    }

    private async Task RevokeAsync(LotApiKey key)
    {
        if ((await Keys.RevokeAsync(await UserAsync(), LotId, key.Id)).Key is not null)
        {
            Snackbar.Add(L["SensorKeys.RevokedNotice", key.Name], Severity.Success);
        }

        _revoking = null;
        await LoadAsync();
    }

    private async Task CopyAsync()
    {
        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", _secret);
            Snackbar.Add(L["SensorKeys.Copied"], Severity.Info);
        }
        catch (JSException)
        {
            // No clipboard (an insecure origin, a denied permission): the secret stays on screen to copy by hand.
            Snackbar.Add(L["SensorKeys.CopyFailed"], Severity.Warning);
        }
    }

    private string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
