using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Sharing.Links;

/// <summary>"Share with a friend" on my car: create a secure link (lifetime, PIN, view limit), show its link, QR and poster, its views, revoke it.</summary>
public sealed partial class ShareLinksPanel
{
    private readonly List<(ShareLink Link, ShareDto Dto, IReadOnlyList<ShareView> Views)> _links = [];
    private string? _error;
    private HashSet<Guid> _pushLinks = [];
    private string? _newPin;

    [Inject] private ShareService Shares { get; set; } = default!;
    [Inject] private ShareMapper Mapper { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ApiProblems Problems { get; set; } = default!;
    [Inject] private OwnerPinFlash PinFlash { get; set; } = default!;
    [Inject] private PushShareLinks PushLinks { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<ShareLinksPanel> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Parameter, EditorRequired] public Guid RecordId { get; set; }
    [Parameter, EditorRequired] public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;
    [SupplyParameterFromForm(FormName = "create-share")] private int? Hours { get; set; }
    [SupplyParameterFromForm(FormName = "create-share")] private string? Pin { get; set; }
    [SupplyParameterFromForm(FormName = "create-share")] private int? MaxViews { get; set; }
    [SupplyParameterFromForm(FormName = "create-share")] private bool ShowPlate { get; set; }
    [SupplyParameterFromForm(FormName = "create-share")] private bool ShowPhoto { get; set; }
    [SupplyParameterFromForm(FormName = "revoke-share")] private Guid? RevokeId { get; set; }
    [SupplyParameterFromQuery(Name = "share")] private Guid? NewShare { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var driverId = HttpContext.User.DriverId();
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var link in await Shares.ListAsync(driverId, RecordId, HttpContext.RequestAborted))
        {
            var views = await Shares.ViewsAsync(driverId, link.Id, HttpContext.RequestAborted) ?? [];
            _links.Add((link, Mapper.ToDto(link, recordActive: true, nowUtc: now), [.. views.Take(5)]));
        }

        _pushLinks = await PushLinks.AmongAsync([.. _links.Select(l => l.Link.Id)], HttpContext.RequestAborted);
        _newPin = NewShare is { } created ? PinFlash.Read(HttpContext, created) : null;
    }

    private async Task CreateAsync()
    {
        var pin = string.IsNullOrWhiteSpace(Pin) ? null : Pin.Trim();
        var outcome = await Shares.CreateAsync(
            HttpContext.User.DriverId(),
            new ShareRequest(RecordId, TimeSpan.FromHours(Hours ?? 72), pin, MaxViews, ShowPlate, ShowPhoto),
            HttpContext.RequestAborted);
        if (outcome.Link is null)
        {
            _error = SharesApi.Refused(Problems, outcome.Error).ProblemDetails.Detail;
            return;
        }

        if (pin is not null)
        {
            PinFlash.Issue(HttpContext, outcome.Link.Id, pin);
        }

        Navigation.NavigateTo($"m/car?share={outcome.Link.Id}#share-{outcome.Link.Id}"); // straight to the new link
    }

    private async Task RevokeAsync()
    {
        if (RevokeId is { } id)
        {
            await Shares.RevokeAsync(HttpContext.User.DriverId(), id, HttpContext.RequestAborted);
        }

        Navigation.NavigateTo("m/car#shares");
    }

    private string Time(DateTime utc) => LotTime.Format(utc, Zone);

    /// <summary>
    /// The QR image from this host ("s/{token}/qr.svg"), not from the public address written into the link:
    /// the page's CSP allows its own origin only, and the host that renders the page is the one that serves the image.
    /// </summary>
    private static string? LocalPath(string? absoluteUrl)
    {
        var segments = Uri.TryCreate(absoluteUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) : [];
        return segments.Length >= 3 ? string.Join('/', segments[^3..]) : absoluteUrl;
    }
}
