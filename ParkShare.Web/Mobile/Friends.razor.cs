using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Bindings;

namespace ParkShare.Web.Mobile;

/// <summary>
/// Friends: my own name, invite someone (a link to /m/bind/{code}, the official-account QR and the mini-program code),
/// see who I share with and who shares with me by name, rename them for myself, and end a binding from either side.
/// </summary>
public sealed partial class Friends
{
    private static readonly TimeZoneInfo China = LotTime.Zone("Asia/Shanghai");
    private IReadOnlyList<BoundPerson> _people = [];
    private string? _nickname;
    private NewInvite? _invite;
    private string? _error;
    private string? _errorFor;
    private string? _saved;

    [Inject] private BindingService Bindings { get; set; } = default!;
    [Inject] private BoundPeople People { get; set; } = default!;
    [Inject] private DriverProfiles Profiles { get; set; } = default!;
    [Inject] private DriverSessionService Drivers { get; set; } = default!;
    [Inject] private InviteImages Images { get; set; } = default!;
    [Inject] private ApiProblems Problems { get; set; } = default!;
    [Inject] private IOptions<PublicSiteOptions> Site { get; set; } = default!;
    [Inject] private IStringLocalizer<Friends> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "end")] private string? EndId { get; set; }
    [SupplyParameterFromForm(FormName = "nickname")] private string? Nickname { get; set; }
    [SupplyParameterFromForm(FormName = "alias")] private string? Alias { get; set; }
    [SupplyParameterFromForm(FormName = "alias")] private string? AliasFor { get; set; }
    [SupplyParameterFromQuery(Name = "rename")] private string? RenameId { get; set; }

    private Guid Me => HttpContext.User.DriverId();

    private BoundPerson? Renaming => _people.FirstOrDefault(p => p.Binding.Id.ToString() == (AliasFor ?? RenameId));

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _people = await People.ListAsync(Me, HttpContext.RequestAborted);
        _nickname = (await Drivers.FindDriverAsync(Me, HttpContext.RequestAborted))?.Nickname;
    }

    private async Task RenameAsync()
    {
        var error = await Profiles.RenameAsync(Me, Nickname ?? string.Empty, HttpContext.RequestAborted);
        if (error is { } refused && refused != PersonNameError.None)
        {
            (_errorFor, _error) = ("nickname", PersonNameProblems.Message(Problems, refused));
            return;
        }

        Nickname = null;
        await LoadAsync();
        _saved = L["M.Friends.NameSaved", _nickname ?? string.Empty];
    }

    private async Task SetAliasAsync()
    {
        // An emptied field goes back to the other person's own nickname.
        var alias = string.IsNullOrWhiteSpace(Alias) ? null : Alias;
        var outcome = Guid.TryParse(AliasFor, out var id)
            ? await People.SetAliasAsync(Me, id, alias, HttpContext.RequestAborted)
            : new AliasOutcome(null, BindingError.NotFound);
        if (outcome.NameError != PersonNameError.None)
        {
            (_errorFor, _error) = ("alias", PersonNameProblems.Message(Problems, outcome.NameError));
            return;
        }

        await LoadAsync();
        if (outcome.Person is not { } person)
        {
            _error = Problems.Problem(StatusCodes.Status404NotFound, "binding_not_found").ProblemDetails.Detail;
            return;
        }

        (AliasFor, RenameId, Alias) = (null, null, null);
        _saved = L["M.Friends.NameSaved", NameOf(person)];
    }

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

    private string Role(BoundPerson p) => p.Binding.DriverId == Me ? "friend" : "driver";

    private string NameOf(BoundPerson p) => p.Name ?? L["People.Unnamed"];

    private static string Time(DateTime utc) => LotTime.Format(utc, China);

    private sealed record NewInvite(string Link, string? QrUrl, string? MiniProgramCodeUrl, string Until);
}
