using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Parking;

/// <summary>
/// "Find a car by plate" for lot staff helping a driver: this lot's records only, each search written to the
/// lot's history. A bad query gets its message beside the field and is neither searched nor recorded.
/// </summary>
public sealed partial class PlateSearchPanel
{
    private string _query = string.Empty;
    private string? _error;
    private PlateMatches? _matches;

    [Parameter, EditorRequired] public Guid LotId { get; set; }

    [Parameter] public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Shows a parked car's space on the lot's map (its code).</summary>
    [Parameter] public EventCallback<string> OnShowSpace { get; set; }

    [CascadingParameter] private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject] private ConsolePlateSearch Search { get; set; } = default!;

    [Inject] private IStringLocalizer<PlateSearchPanel> L { get; set; } = default!;

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SearchAsync();
        }
    }

    private async Task SearchAsync()
    {
        var outcome = await Search.SearchAsync((await Authentication).User, LotId, _query);
        _matches = outcome.Matches;
        _error = outcome.ProblemKey is { } key ? L[key, PlateQuery.MaxInputLength].Value
            : outcome.NotFound ? L["Lot.NotFound"].Value
            : null;
    }

    private string Time(DateTime utc) => LotTime.Format(utc, LotTime.Zone(TimeZoneId), "MM-dd HH:mm");
}
