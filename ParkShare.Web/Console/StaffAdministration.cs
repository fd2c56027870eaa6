using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Console;
using ParkShare.Core.Data;

namespace ParkShare.Web.Console;

/// <summary>What an Admin does on the staff page: list staff, create operators, assign lots.</summary>
public sealed class StaffAdministration(
    IDbContextFactory<ParkShareDbContext> contexts,
    UserManager<ConsoleUser> users,
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
            [.. assignments.Where(a => a.UserId == u.Id).Select(a => a.LotId)]))];
    }

    /// <summary>Creates an operator; returns the Identity error codes when the input is refused.</summary>
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

    public async Task SetAssignmentsAsync(string userId, IReadOnlyCollection<Guid> lotIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.LotAssignments.Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        db.LotAssignments.RemoveRange(existing.Where(a => !lotIds.Contains(a.LotId)));
        var validLots = await db.Lots.Where(l => lotIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        foreach (var lotId in validLots.Where(id => existing.All(a => a.LotId != id)))
        {
            db.LotAssignments.Add(new LotAssignment(userId, lotId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
