using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Staff;

/// <summary>Which lots a console user may see and edit: all for an Admin, the assigned ones for an Operator.</summary>
public sealed class LotAccess(IDbContextFactory<ParkShareDbContext> contexts)
{
    public async Task<IReadOnlyList<LotListItem>> VisibleLotsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lots = db.Lots.AsNoTracking();
        if (!user.IsInRole(ConsoleRoles.Admin))
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
        user.IsInRole(ConsoleRoles.Admin) || user.IsInRole(ConsoleRoles.Operator)
            ? CanSeeAsync(user, lotId, cancellationToken)
            : Task.FromResult(false);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid lotId, CancellationToken cancellationToken = default)
    {
        if (user.IsInRole(ConsoleRoles.Admin))
        {
            return true;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LotAssignments.AnyAsync(a => a.LotId == lotId && a.UserId == userId, cancellationToken);
    }
}
