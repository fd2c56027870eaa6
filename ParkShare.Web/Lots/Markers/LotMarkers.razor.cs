using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Markers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.Markers;

/// <summary>
/// The lot's marker QR labels laid out for printing on A4 (browser print), filtered by level, with the
/// same sheet as PNG and PDF downloads. Anyone who may see the lot may print its markers.
/// </summary>
public sealed partial class LotMarkers
{
    private LotMap? _map;
    private bool _notFound;
    private IReadOnlyList<MarkerLabel> _labels = [];

    [Parameter]
    public Guid LotId { get; set; }

    [SupplyParameterFromQuery(Name = "level")]
    public Guid? Level { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotMapCache Maps { get; set; } = default!;

    [Inject]
    private ShareQrCodes Qr { get; set; } = default!;

    [Inject]
    private IOptions<PublicSiteOptions> Site { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotMarkers> L { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _map = await Access.CanSeeAsync((await Auth).User, LotId) ? await Maps.GetAsync(LotId) : null;
        _notFound = _map is null || (Level is { } id && _map.Levels.All(l => l.Id != id));
        _labels = _notFound ? [] : MarkerSheet.Labels(_map!, Level);
    }

    private string DownloadUrl(string format) =>
        Level is { } id ? $"/api/console/lots/{LotId}/markers.{format}?level={id}" : $"/api/console/lots/{LotId}/markers.{format}";
}
