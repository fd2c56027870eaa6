using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ParkShare.Web.Components.Layout;

/// <summary>
/// The console's frame. The drawer behaves as MudBlazor's responsive one: open beside the page from the md breakpoint
/// (960 px) up, hidden below it until the menu opens it over the page (a scrim closes it). The server cannot know the
/// window's width, so the app bar has one menu button per side of the breakpoint (CSS shows one) and each keeps its
/// own state; app.css places the drawer from the state of the side the window is on.
/// </summary>
public sealed partial class MainLayout
{
    private const string MenuButtonClass = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon mud-icon-button-edge-start";
    private const string ButtonIconClass = "mud-icon-root mud-svg-icon mud-icon-size-medium";
    private const string NavIconClass = "mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default";

    // The icons are constants: one copy of their markup for every circuit.
    private static readonly MarkupString MenuIcon = Svg(Icons.Material.Filled.Menu, ButtonIconClass);
    private static readonly MarkupString SignOutIcon = Svg(Icons.Material.Filled.Logout, ButtonIconClass);
    private static readonly MarkupString LotsIcon = Svg(Icons.Material.Filled.LocalParking, NavIconClass);
    private static readonly MarkupString PlaygroundIcon = Svg(Icons.Material.Filled.Science, NavIconClass);
    private static readonly MarkupString StaffIcon = Svg(Icons.Material.Filled.People, NavIconClass);
    private static readonly MarkupString WeChatIcon = Svg(Icons.Material.Filled.Chat, NavIconClass);
    private static readonly MarkupString ApiIcon = Svg(Icons.Material.Filled.Api, NavIconClass);

    private bool _wideOpen = true;
    private bool _wideToggled;
    private NarrowDrawer _narrow = NarrowDrawer.Initial;
    private ClaimsPrincipal? _user;

    private enum NarrowDrawer
    {
        Initial,
        Open,
        Closed,
    }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IStringLocalizer<MainLayout> L { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AntiforgeryStateProvider Antiforgery { get; set; } = default!;

    private string LayoutClass => $"mud-layout mud-drawer-{(_wideOpen ? "open" : "close")}-responsive-md-left mud-drawer-left-clipped-always";

    private string DrawerClass =>
        $"mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-drawer--{(_wideOpen ? "open" : "closed")}{(_wideToggled ? string.Empty : " mud-drawer--initial")} "
        + $"mud-drawer-md mud-drawer-clipped-always mud-elevation-1 mud-drawer-responsive console-drawer console-drawer--narrow-{_narrow.ToString().ToLowerInvariant()}";

    protected override async Task OnParametersSetAsync()
    {
        // A new authentication state (sign-in revalidated, roles changed) arrives as a new cascading task, as it did for AuthorizeView.
        _user = AuthenticationState is null ? null : (await AuthenticationState).User;
    }

    private void ToggleWide()
    {
        _wideOpen = !_wideOpen;
        _wideToggled = true;
    }

    private void ToggleNarrow() => _narrow = _narrow == NarrowDrawer.Open ? NarrowDrawer.Closed : NarrowDrawer.Open;

    private void CloseNarrow() => _narrow = NarrowDrawer.Closed;

    /// <summary>MudNavLink's markup: "/" is current only on itself, every other link also on the pages below it (NavLinkMatch.Prefix).</summary>
    private RenderFragment NavLink(string href, string text, MarkupString icon, bool exact = false, bool newTab = false) => builder =>
    {
        var active = IsCurrent(href, exact);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-nav-item");
        builder.OpenElement(2, "a");
        builder.AddAttribute(3, "href", href);
        if (newTab)
        {
            builder.AddAttribute(4, "target", "_blank");
        }

        builder.AddAttribute(5, "rel", newTab ? "noopener noreferrer" : string.Empty);
        builder.AddAttribute(6, "tabindex", "0");
        builder.AddAttribute(7, "class", active ? "mud-nav-link mud-ripple active" : "mud-nav-link mud-ripple");
        if (active)
        {
            builder.AddAttribute(8, "aria-current", "page");
        }

        builder.AddContent(9, icon);
        builder.OpenElement(10, "div");
        builder.AddAttribute(11, "class", "mud-nav-link-text");
        builder.AddContent(12, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private bool IsCurrent(string href, bool exact)
    {
        var path = "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];
        return exact
            ? string.Equals(path, href, StringComparison.OrdinalIgnoreCase)
            : string.Equals(path, href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static MarkupString Svg(string icon, string cssClass) =>
        new($"<svg class=\"{cssClass}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>");
}
