using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Staff;

/// <summary>
/// Which lots a console user may see and edit: all for an Admin, the assigned ones for an Operator. The rights come
/// from the database on every call, not from the principal alone: a console tab keeps its sign-in's claims for as
/// long as its circuit lives, so a user locked, demoted, or whose password was reset since (a new security stamp)
/// gets nothing, and a role counts only while both the claims and the database hold it.
/// </summary>
public sealed class LotAccess(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    /// <summary>The claim Identity writes the security stamp to (ClaimsIdentityOptions' default).</summary>
    public const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    /// <summary>The user's roles as they are now: none when the user is gone, locked or signed in before a new security stamp.</summary>
    public async Task<IReadOnlySet<string>> CurrentRolesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || user.Identity?.IsAuthenticated != true)
        {
            return new HashSet<string>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.LockoutEnd, u.SecurityStamp }).FirstOrDefaultAsync(cancellationToken);
        var stamp = user.FindFirstValue(SecurityStampClaim);
        if (row is null || row.LockoutEnd > clock.GetUtcNow() || (stamp is not null && stamp != row.SecurityStamp))
        {
            return new HashSet<string>();
        }

        var roleIds = await db.UserRoles.Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync(cancellationToken);
        var roles = new HashSet<string>();
        if (roleIds.Contains(ConsoleRoles.AdminRoleId) && user.IsInRole(ConsoleRoles.Admin))
        {
            roles.Add(ConsoleRoles.Admin);
        }

        if (roleIds.Contains(ConsoleRoles.OperatorRoleId) && user.IsInRole(ConsoleRoles.Operator))
        {
            roles.Add(ConsoleRoles.Operator);
        }

        return roles;
    }

    /// <summary>An Admin now (see <see cref="CurrentRolesAsync"/>): only an Admin creates or imports lots.</summary>
    public async Task<bool> IsAdminAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await CurrentRolesAsync(user, cancellationToken)).Contains(ConsoleRoles.Admin);

    public async Task<IReadOnlyList<LotListItem>> VisibleLotsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var roles = await CurrentRolesAsync(user, cancellationToken);
        if (roles.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lots = db.Lots.AsNoTracking();
        if (!roles.Contains(ConsoleRoles.Admin))
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
            lots = lots.Where(l => db.LotAssignments.Any(a => a.LotId == l.Id && a.UserId == userId));
        }

        var rows = await lots
            .Select(l => new LotListItem(l.Id, l.Name, l.Address, l.Levels.Count, l.Levels.SelectMany(v => v.Spaces).Count()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(l => l.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// Whether the user may change the lot (its description, levels, connectors, geometry): an Admin any
    /// lot, an Operator the lots assigned to them. Every console write checks this itself, not only the page.
    /// </summary>
    public Task<bool> CanEditAsync(ClaimsPrincipal user, Guid lotId, CancellationToken cancellationToken = default) =>
        CanSeeAsync(user, lotId, cancellationToken);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid lotId, CancellationToken cancellationToken = default)
    {
        var roles = await CurrentRolesAsync(user, cancellationToken);
        if (roles.Contains(ConsoleRoles.Admin))
        {
            return true;
        }

        if (!roles.Contains(ConsoleRoles.Operator))
        {
            return false;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LotAssignments.AnyAsync(a => a.LotId == lotId && a.UserId == userId, cancellationToken);
    }
}
