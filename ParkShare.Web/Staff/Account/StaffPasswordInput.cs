using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff.Account;

/// <summary>The form of the invite and reset pages, and what both do with a link's state and an outcome.</summary>
public sealed class StaffPasswordInput
{
    public const int MaxLength = 256;

    public string Password { get; set; } = string.Empty;

    public string Confirmation { get; set; } = string.Empty;

    /// <summary>
    /// 404 for a link that names nothing (through <see cref="NavigationManager.NotFound"/>: Blazor renders the
    /// router's not-found page for a 404 and nothing else), 410 for one that was used, revoked or has expired.
    /// </summary>
    public static void SetStatus(HttpContext context, NavigationManager navigation, StaffLinkView? link)
    {
        if (link is null)
        {
            navigation.NotFound();
        }
        else if (link.State != StaffLinkState.Pending && !context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
        }
    }

    /// <summary>The refusal in the page's language; Identity's own descriptions are English only.</summary>
    public static IReadOnlyList<string> Messages(StaffOutcome outcome, IStringLocalizer l) => outcome.Error switch
    {
        StaffError.None => [],
        StaffError.PasswordRejected => [.. (outcome.PasswordErrors ?? []).Select(c => l[$"Identity.{c}"] is { ResourceNotFound: false } text ? text.Value : l["Identity.Other"].Value).Distinct()],
        _ => [l[$"Staff.Error.{outcome.Error}"]],
    };
}
