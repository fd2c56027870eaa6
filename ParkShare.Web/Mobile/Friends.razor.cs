using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Bindings;

namespace ParkShare.Web.Mobile;

/// <summary>
/// Friends: invite one (a link to /m/bind/{code}, the official-account QR and the mini-program code), see who I share with
/// and who shares with me, and end a binding from either side.
/// </summary>
public sealed partial class Friends
{
    private static readonly TimeZoneInfo China = LotTime.Zone("Asia/Shanghai");
    private IReadOnlyList<Binding> _bindings = [];
    private NewInvite? _invite;
    private string? _error;

    [Inject] private BindingService Bindings { get; set; } = default!;
    [Inject] private InviteImages Images { get; set; } = default!;
    [Inject] private ApiProblems Problems { get; set; } = default!;
    [Inject] private IOptions<PublicSiteOptions> Site { get; set; } = default!;
    [Inject] private IStringLocalizer<Friends> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "end")] private string? EndId { get; set; }

    private Guid Me => HttpContext.User.DriverId();

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync() => _bindings = await Bindings.ListAsync(Me, HttpContext.RequestAborted);

    private async Task InviteAsync()
    {
        var outcome = await Bindings.CreateInviteAsync(Me, HttpContext.RequestAborted);
        if (outcome is not { Invite: { } invite, Code: { } code })
        {
            _error = BindingsApi.Refused(Problems, outcome.Error).ProblemDetails.Detail;
            return;
        }

        var (qr, wxacode) = await Images.ForAsync(code, HttpContext.RequestAborted);
        _invite = new NewInvite($"{Site.Value.PublicBaseUrl.TrimEnd('/')}/m/bind/{code}", qr, wxacode, Time(invite.ExpiresAtUtc));
    }

    private async Task EndAsync()
    {
        if (!Guid.TryParse(EndId, out var id) || (await Bindings.RevokeAsync(Me, id, HttpContext.RequestAborted)).Binding is null)
        {
            _error = Problems.Problem(StatusCodes.Status404NotFound, "binding_not_found").ProblemDetails.Detail;
        }

        await LoadAsync();
    }

    private string Role(Binding b) => b.DriverId == Me ? "friend" : "driver";

    private Guid Other(Binding b) => b.DriverId == Me ? b.FriendId : b.DriverId;

    private static string Time(DateTime utc) => LotTime.Format(utc, China);

    private sealed record NewInvite(string Link, string? QrUrl, string? MiniProgramCodeUrl, string Until);
}
