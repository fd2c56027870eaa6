using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>What an Admin does on the staff page: list staff and assign lots (invites, resets and locks have their own services).</summary>
public sealed class StaffAdministration(
    IDbContextFactory<ParkShareDbContext> contexts,
    UserManager<ConsoleUser> users,
    StaffLots lots,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<OperatorListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var adminRoleId = await db.Roles.Where(r => r.Name == ConsoleRoles.Admin).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var admins = await db.UserRoles.Where(r => r.RoleId == adminRoleId).Select(r => r.UserId).ToListAsync(cancellationToken);
        var assignments = await db.LotAssignments.AsNoTracking().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var staff = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        return [.. staff.Select(u => new OperatorListItem(
            u.Id,
            u.Email ?? string.Empty,
            u.DisplayName,
            admins.Contains(u.Id),
            u.LockoutEnd is { } end && end > now,
            StaffAccounts.IsLockedByAdmin(u),
            [.. assignments.Where(a => a.UserId == u.Id).Select(a => a.LotId)]))];
    }

    /// <summary>
    /// Creates an operator with a known password (set-up scripts and tests; the console invites instead).
    /// Returns the Identity error codes when the input is refused.
    /// </summary>
    public async Task<IReadOnlyList<string>> CreateOperatorAsync(string email, string displayName, string password)
    {
        var user = new ConsoleUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Code)];
        }

        await users.AddToRoleAsync(user, ConsoleRoles.Operator);
        return [];
    }

    /// <summary>Sets the lots an operator is assigned; each lot gained or lost says so in its history and the staff log, in the same transaction.</summary>
    public async Task SetAssignmentsAsync(ConsoleActor actor, string userId, IReadOnlyCollection<Guid> lotIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.Users.Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return;
        }

        await lots.SetAsync(db, actor, userId, StaffAuditLog.Describe(member.DisplayName, member.Email), lotIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Assigns or unassigns one operator to one lot (the lot page's operator panel); Admins only.</summary>
    public async Task<bool> SetLotOperatorAsync(ClaimsPrincipal admin, ConsoleActor actor, Guid lotId, string userId, bool assigned, CancellationToken cancellationToken = default)
    {
        if (!admin.IsInRole(ConsoleRoles.Admin))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var isOperator = await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == ConsoleRoles.OperatorRoleId, cancellationToken);
        if (!isOperator || !await db.Lots.AnyAsync(l => l.Id == lotId, cancellationToken))
        {
            return false;
        }

        var lots = await db.LotAssignments.Where(a => a.UserId == userId).Select(a => a.LotId).ToListAsync(cancellationToken);
        lots.Remove(lotId);
        if (assigned)
        {
            lots.Add(lotId);
        }

        await SetAssignmentsAsync(actor, userId, lots, cancellationToken);
        return true;
    }
}
