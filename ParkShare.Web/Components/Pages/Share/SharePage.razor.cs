using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing;
using ParkShare.Core.Wayfinding;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing;

namespace ParkShare.Web.Components.Pages.Share;

/// <summary>
/// The public page behind a share link: no sign-in, no script, no circuit. Unknown tokens answer 404,
/// finished links 410; a PIN, when set, is asked once per browser; GET changes nothing but the view log.
/// </summary>
public sealed partial class SharePage
{
    private SharePageView _view = SharePageView.Gone;
    private ShareTarget? _target;
    private ShareLinkState _state;
    private LotMap? _map;
    private DetailedPosition? _position;
    private IReadOnlyList<(string Name, string Href)>? _links;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private string? _error;
    private MarkupString _maps;

    [Inject] private ShareAccess Access { get; set; } = default!;
    [Inject] private ShareViewLog Views { get; set; } = default!;
    [Inject] private ShareRateLimits Limits { get; set; } = default!;
    [Inject] private LotMapCache Maps { get; set; } = default!;
    [Inject] private PositionRefiner Refiner { get; set; } = default!;
    [Inject] private RouteStepFormatter Steps { get; set; } = default!;
    [Inject] private SharePinCookie PinCookie { get; set; } = default!;
    [Inject] private ShareMapMarkup MapMarkup { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<SharePage> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Parameter] public string Token { get; set; } = string.Empty;
    [SupplyParameterFromForm(FormName = "pin")] private string? Pin { get; set; }

    private string LockedUntil => _target?.Link.LockedUntilUtc is { } until ? Time(until) : string.Empty;

    protected override async Task OnInitializedAsync()
    {
        var client = ShareClient.Key(HttpContext);
        if (!Limits.MayTry(client))
        {
            Show(SharePageView.TooMany, StatusCodes.Status429TooManyRequests);
            HttpContext.Response.Headers.RetryAfter = ((int)ShareRateLimits.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return;
        }

        _target = await Access.FindAsync(Token, HttpContext.RequestAborted);
        if (_target is not { } target)
        {
            Limits.Missed(client);
            Navigation.NotFound(); // the router's not-found page says so, with status 404
            return;
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        _map = await Maps.GetAsync(target.Record.LotId, HttpContext.RequestAborted);
        _zone = LotTime.Zone(_map?.TimeZoneId ?? "UTC");
        _state = target.Link.StateAt(now, target.Record.IsActive, Views.Pending(target.Link.Id));
        if (_state != ShareLinkState.Active)
        {
            Show(SharePageView.Gone, StatusCodes.Status410Gone);
        }
        else if (target.Link.IsLockedAt(now))
        {
            Show(SharePageView.Locked, StatusCodes.Status403Forbidden);
        }
        else if (target.Link.HasPin && !PinCookie.Proves(HttpContext, target.Link.Id))
        {
            Show(SharePageView.Pin, StatusCodes.Status200OK);
        }
        else if (HttpMethods.IsGet(HttpContext.Request.Method) && !Limits.MayView(target.Link.Id))
        {
            Show(SharePageView.TooMany, StatusCodes.Status429TooManyRequests);
            HttpContext.Response.Headers.RetryAfter = ((int)ShareRateLimits.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            if (HttpMethods.IsGet(HttpContext.Request.Method))
            {
                Views.Add(new ShareViewEntry(target.Link.Id, now, ShareClient.Device(HttpContext.Request.Headers.UserAgent), ShareClient.Network(HttpContext.Connection.RemoteIpAddress)));
            }

            Show(SharePageView.Car, StatusCodes.Status200OK);
            if (_map?.Space(target.Record.SpaceId) is { } space)
            {
                _position = Refiner.Describe(_map, space, target.Record.ResolvedBy);
                _links = ShareNavigation.Links(_map, L);
                var language = Localization.JsonStringLocalizer.LanguageOf(CultureInfo.CurrentUICulture);
                _maps = await MapMarkup.ForAsync(_map, space, _position.Route, language, name => L["M.Level.MapLabel", name]);
            }
        }
    }

    private async Task CheckPinAsync()
    {
        if (_target is null || _view is not SharePageView.Pin)
        {
            return;
        }

        switch (await Access.CheckPinAsync(Token, Pin, HttpContext.RequestAborted))
        {
            case PinCheck.Ok:
                PinCookie.Issue(HttpContext, Token, _target.Link.Id);
                Navigation.NavigateTo($"s/{Token}");
                return;
            case PinCheck.Locked:
                Show(SharePageView.Locked, StatusCodes.Status403Forbidden);
                _target = await Access.FindAsync(Token, HttpContext.RequestAborted);
                return;
            default:
                Limits.Missed(ShareClient.Key(HttpContext));
                _error = L["S.Pin.Wrong"];
                HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
        }
    }

    private async Task PickedUpAsync()
    {
        if (_target is null || _view is not SharePageView.Car)
        {
            return;
        }

        await Access.PickedUpAsync(Token, Views.Pending(_target.Link.Id), HttpContext.RequestAborted);
        Navigation.NavigateTo($"s/{Token}");
    }

    private void Show(SharePageView view, int status)
    {
        _view = view;
        HttpContext.Response.StatusCode = status;
    }

    private string Time(DateTime utc) => LotTime.Format(utc, _zone);
}
