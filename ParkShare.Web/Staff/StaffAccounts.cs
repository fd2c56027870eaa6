using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>
/// An Admin locks, unlocks and changes the role of staff accounts. The acting Admin is checked against
/// the database, not only the circuit's claims (a demoted Admin's open page must not keep working), and
/// no change may leave the console without an Admin who can sign in.
/// </summary>
public sealed class StaffAccounts(IServiceScopeFactory scopes, StaffAuditLog audit, TimeProvider clock, ILogger<StaffAccounts> logger)
{
    /// <summary>Locks the account until an Admin unlocks it and ends its sessions (security stamp).</summary>
    public Task<StaffOutcome> LockAsync(ClaimsPrincipal admin, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(admin, userId, StaffAuditKind.Locked, async (write, actor, user) =>
        {
            if (user.Id == actor.UserId)
            {
                return StaffError.Self;
            }

            if (await IsLastActiveAdminAsync(write.Db, user.Id, cancellationToken))
            {
                return StaffError.LastAdmin;
            }

            await write.Users.SetLockoutEnabledAsync(user, true);
            await write.Users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await write.Users.UpdateSecurityStampAsync(user);
            return null;
        }, cancellationToken);

    public Task<StaffOutcome> UnlockAsync(ClaimsPrincipal admin, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(admin, userId, StaffAuditKind.Unlocked, async (write, _, user) =>
        {
            await write.Users.SetLockoutEndDateAsync(user, null);
            await write.Users.ResetAccessFailedCountAsync(user);
            return null;
        }, cancellationToken);

    /// <summary>Makes the member an Admin or an Operator; an operator's lot assignments are kept for a later demotion.</summary>
    public Task<StaffOutcome> SetRoleAsync(ClaimsPrincipal admin, string userId, string role, CancellationToken cancellationToken = default) =>
        role is not (ConsoleRoles.Admin or ConsoleRoles.Operator)
            ? Task.FromResult(StaffOutcome.Refused(StaffError.RoleInvalid))
            : ChangeAsync(admin, userId, StaffAuditKind.RoleChanged, async (write, _, user) =>
            {
                var current = await write.Users.IsInRoleAsync(user, ConsoleRoles.Admin) ? ConsoleRoles.Admin : ConsoleRoles.Operator;
                if (current == role)
                {
                    return StaffError.None;
                }

                if (current == ConsoleRoles.Admin && await IsLastActiveAdminAsync(write.Db, user.Id, cancellationToken))
                {
                    return StaffError.LastAdmin;
                }

                await write.Users.RemoveFromRolesAsync(user, [ConsoleRoles.Admin, ConsoleRoles.Operator]);
                await write.Users.AddToRoleAsync(user, role);
                return null;
            }, cancellationToken, details: role);

    /// <summary>Locked by an Admin (until further notice), as opposed to a lockout after mistyped passwords.</summary>
    public static bool IsLockedByAdmin(ConsoleUser user) => user.LockoutEnd is { } end && end.UtcDateTime.Year >= 9999;

    /// <summary>The signed-in user as the log names them, when they are still an Admin who can sign in; otherwise null.</summary>
    internal static async Task<ConsoleActor?> AdminActorAsync(ParkShareDbContext db, ClaimsPrincipal principal, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !principal.IsInRole(ConsoleRoles.Admin))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email, u.LockoutEnd }).FirstOrDefaultAsync(cancellationToken);
        var isAdmin = await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == ConsoleRoles.AdminRoleId, cancellationToken);
        return user is null || !isAdmin || user.LockoutEnd > nowUtc
            ? null
            : new ConsoleActor(userId, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? userId : user.DisplayName);
    }

    private async Task<bool> IsLastActiveAdminAsync(ParkShareDbContext db, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var admins = await db.UserRoles.Where(r => r.RoleId == ConsoleRoles.AdminRoleId).Select(r => r.UserId).ToListAsync(cancellationToken);
        var lockouts = await db.Users.Where(u => admins.Contains(u.Id)).Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken);
        var active = lockouts.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => u.Id).ToList();
        return active.Contains(userId) && active.Count == 1;
    }

    /// <summary>The change returns null when it was made, <see cref="StaffError.None"/> when there was nothing to do, or why it was refused.</summary>
    private async Task<StaffOutcome> ChangeAsync(
        ClaimsPrincipal admin, string userId, StaffAuditKind kind, Func<StaffWrite, ConsoleActor, ConsoleUser, Task<StaffError?>> change, CancellationToken cancellationToken, string details = "")
    {
        await using var write = await StaffWrite.BeginAsync(scopes, cancellationToken);
        if (await AdminActorAsync(write.Db, admin, clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } actor)
        {
            return StaffOutcome.Refused(StaffError.NotAllowed);
        }

        if (await write.Users.FindByIdAsync(userId) is not { } user)
        {
            return StaffOutcome.Refused(StaffError.NotFound);
        }

        if (await change(write, actor, user) is { } outcome)
        {
            return outcome == StaffError.None ? StaffOutcome.Ok : StaffOutcome.Refused(outcome);
        }

        audit.Add(write.Db, actor, kind, user.Id, StaffAuditLog.Describe(user.DisplayName, user.Email), details);
        await write.CommitAsync(cancellationToken);
        logger.LogInformation("{Actor} {Kind} {Email} {Details}", actor.DisplayName, kind, user.Email, details);
        return StaffOutcome.Ok;
    }
}
