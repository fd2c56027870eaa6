using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The public page behind a share link: no sign-in, no script, no circuit. Unknown tokens answer 404,
/// finished links 410; a PIN, when set, is asked once per browser; GET changes nothing but the view log.
/// A working link's GET is usually answered by <see cref="ShareFastPage"/> before it gets here.
/// </summary>
public sealed partial class SharePage
{
    private SharePageView _view = SharePageView.NotFound;
    private ShareTarget? _target;
    private ShareLinkState _state;
    private LotMap? _map;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private string? _error;

    [Inject] private ShareAccess Access { get; set; } = default!;
    [Inject] private ShareVisitor Visitor { get; set; } = default!;
    [Inject] private ShareRateLimits Limits { get; set; } = default!;
    [Inject] private ShareViewLog Views { get; set; } = default!;
    [Inject] private LotMapCache Maps { get; set; } = default!;
    [Inject] private SharePinCookie PinCookie { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<SharePage> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Parameter] public string Token { get; set; } = string.Empty;
    [SupplyParameterFromForm(FormName = "pin")] private string? Pin { get; set; }

    private string LockedUntil => _target?.Link.LockedUntilUtc is { } until ? Time(until) : string.Empty;

    protected override async Task OnInitializedAsync()
    {
        var decision = await Visitor.DecideAsync(HttpContext, Token);
        if (decision.View == SharePageView.NotFound)
        {
            Navigation.NotFound(); // the router's not-found page says so, with status 404
            return;
        }

        Show(decision.View, decision.Status);
        (_target, _state) = (decision.Target, decision.State);
        _map = _target is null ? null : await Maps.GetAsync(_target.Record.LotId, HttpContext.RequestAborted);
        _zone = LotTime.Zone(_map?.TimeZoneId ?? "UTC");
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

    private void Show(SharePageView view, int status)
    {
        _view = view;
        HttpContext.Response.StatusCode = status;
    }

    private string Time(DateTime utc) => LotTime.Format(utc, _zone);
}
