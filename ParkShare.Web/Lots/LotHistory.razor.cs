using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.History;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots;

/// <summary>
/// Who changed what in a lot, newest first, in the lot's time zone. Admins and the lot's own operators
/// read it: an operator is accountable for the lot and needs to see what colleagues changed.
/// </summary>
public sealed partial class LotHistory
{
    public const int PageSize = 25;
    private LotChangePage? _page;
    private int _pageIndex;
    private bool _notFound;
    private string _lotName = string.Empty;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    [Parameter]
    public Guid LotId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotChangeLog History { get; set; } = default!;

    [Inject]
    private LotMapCache Maps { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotHistory> L { get; set; } = default!;

    private int PageCount => _page is null ? 0 : (_page.Total + PageSize - 1) / PageSize;

    protected override async Task OnParametersSetAsync()
    {
        var map = await Access.CanSeeAsync((await Auth).User, LotId) ? await Maps.GetAsync(LotId) : null;
        _notFound = map is null;
        if (map is not null)
        {
            _lotName = map.Name;
            _zone = TimeZoneInfo.TryFindSystemTimeZoneById(map.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
            await ShowAsync(0);
        }
    }

    private async Task ShowAsync(int pageIndex)
    {
        _pageIndex = Math.Max(0, pageIndex);
        _page = await History.PageAsync(LotId, _pageIndex, PageSize);
    }

    private string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
