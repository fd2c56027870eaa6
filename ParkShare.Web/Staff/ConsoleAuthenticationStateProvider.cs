using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace ParkShare.Web.Staff;

/// <summary>
/// Re-checks the user of an open console circuit every <see cref="RevalidationInterval"/> against the database
/// (<see cref="LotAccess.CurrentRolesAsync"/>): after a lock, a role change or a password reset (a new security stamp)
/// the circuit's user becomes anonymous and the console shows the sign-in page. The cookie itself is re-checked by
/// Identity's security stamp validator on the next request.
/// </summary>
public sealed class ConsoleAuthenticationStateProvider(ILoggerFactory loggerFactory, LotAccess access)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>True while the signed-in user still holds, in the database, exactly the roles the circuit was given.</summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        var claimed = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var current = await access.CurrentRolesAsync(user, cancellationToken);
        return current.Count > 0 && current.SetEquals(claimed);
    }

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(authenticationState.User, cancellationToken);
}
