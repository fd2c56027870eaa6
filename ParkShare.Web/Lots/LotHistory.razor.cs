using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.History;

namespace ParkShare.Web.Lots;

/// <summary>
/// Who changed what in a lot, newest first, in the lot's time zone. Admins and the lot's own operators
/// read it: an operator is accountable for the lot and needs to see what colleagues changed.
/// </summary>
public sealed partial class LotHistory : LotPageBase
{
    public const int PageSize = 25;
    private LotChangePage? _page;
    private int _pageIndex;

    [Inject]
    private LotChangeLog History { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotHistory> L { get; set; } = default!;

    private int PageCount => _page is null ? 0 : (_page.Total + PageSize - 1) / PageSize;

    protected override Task LoadLotAsync(LotMap map) => ShowAsync(0);

    private async Task ShowAsync(int pageIndex)
    {
        _pageIndex = Math.Max(0, pageIndex);
        _page = await History.PageAsync(LotId, _pageIndex, PageSize);
    }

    private string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
