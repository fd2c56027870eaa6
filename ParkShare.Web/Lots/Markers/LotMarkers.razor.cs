using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Markers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Web.Lots.Markers;

/// <summary>
/// The lot's marker QR labels laid out for printing on A4 (browser print), filtered by level, with the
/// same sheet as PNG and PDF downloads. Anyone who may see the lot may print its markers.
/// </summary>
public sealed partial class LotMarkers : LotPageBase
{
    private IReadOnlyList<MarkerLabel> _labels = [];

    [SupplyParameterFromQuery(Name = "level")]
    public Guid? Level { get; set; }

    [Inject]
    private ShareQrCodes Qr { get; set; } = default!;

    [Inject]
    private IOptions<PublicSiteOptions> Site { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotMarkers> L { get; set; } = default!;

    /// <summary>A level of another lot (or none) in the query is not found either.</summary>
    protected override Task LoadLotAsync(LotMap map)
    {
        NotFound = Level is { } id && map.Levels.All(l => l.Id != id);
        _labels = NotFound ? [] : MarkerSheet.Labels(map, Level);
        return Task.CompletedTask;
    }

    private string DownloadUrl(string format) =>
        Level is { } id ? $"/api/console/lots/{LotId}/markers.{format}?level={id}" : $"/api/console/lots/{LotId}/markers.{format}";
}
