using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>
/// Password resets without e-mail: an Admin issues a one-time link for a staff member and hands it over;
/// opening it lets them choose a new password, which also renews their security stamp so every
/// session signed in with the old password ends. Both steps are in the staff log.
/// </summary>
public sealed class StaffPasswordResets(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParkShareDbContext> contexts,
    StaffAuditLog audit,
    IOptions<StaffOptions> options,
    TimeProvider clock,
    ILogger<StaffPasswordResets> logger)
{
    public async Task<StaffOutcome> IssueAsync(ClaimsPrincipal admin, string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var write = await StaffWrite.BeginAsync(scopes, cancellationToken);
        if (await StaffAccounts.AdminActorAsync(write.Db, admin, now, cancellationToken) is not { } actor)
        {
            return StaffOutcome.Refused(StaffError.NotAllowed);
        }

        var user = await write.Users.FindByIdAsync(userId);
        if (user is null)
        {
            return StaffOutcome.Refused(StaffError.NotFound);
        }

        if (StaffAccounts.IsLockedByAdmin(user))
        {
            return StaffOutcome.Refused(StaffError.Locked);
        }

        // Only the newest link works: an older one may have been handed to the wrong person.
        var older = await write.Db.StaffPasswordResets.Where(r => r.UserId == userId && r.UsedAtUtc == null && r.RevokedAtUtc == null).ToListAsync(cancellationToken);
        older.ForEach(r => r.Revoke(now));
        var token = StaffToken.New();
        var reset = StaffPasswordReset.Issue(userId, StaffToken.Hash(token)!, actor.DisplayName, now, options.Value.ResetLifetime);
        write.Db.StaffPasswordResets.Add(reset);
        audit.Add(write.Db, actor, StaffAuditKind.PasswordResetIssued, userId, StaffAuditLog.Describe(user.DisplayName, user.Email));
        await write.CommitAsync(cancellationToken);
        logger.LogInformation("{Actor} issued password reset {ResetId} for {Email}", actor.DisplayName, reset.Id, user.Email);
        return new StaffOutcome(StaffError.None, Token: token, UserId: userId);
    }

    /// <summary>What the reset page shows, or null for a token that names no reset.</summary>
    public async Task<StaffLinkView?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reset = await ByTokenAsync(db, token, cancellationToken);
        var user = reset is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == reset.UserId, cancellationToken);
        return reset is null || user is null ? null : new StaffLinkView(reset.StateAt(clock.GetUtcNow().UtcDateTime), user.Email ?? string.Empty, user.DisplayName);
    }

    /// <summary>Sets the new password (Identity's rules) and uses the link up, all or nothing.</summary>
    public async Task<StaffOutcome> UseAsync(string? token, string? password, string? confirmation, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var write = await StaffWrite.BeginAsync(scopes, cancellationToken);
        var reset = await ByTokenAsync(write.Db, token, cancellationToken);
        var user = reset is null ? null : await write.Users.FindByIdAsync(reset.UserId);
        if (reset is null || user is null)
        {
            return StaffOutcome.Refused(StaffError.NotFound);
        }

        if (StaffInvitations.LinkError(reset.StateAt(now)) is { } refused)
        {
            return StaffOutcome.Refused(refused);
        }

        if (StaffAccounts.IsLockedByAdmin(user))
        {
            return StaffOutcome.Refused(StaffError.Locked);
        }

        if (string.IsNullOrEmpty(password) || password != confirmation)
        {
            return StaffOutcome.Refused(StaffError.PasswordMismatch);
        }

        // Identity's own reset token, made and used here, checks the password rules and renews the security stamp.
        var identityToken = await write.Users.GeneratePasswordResetTokenAsync(user);
        var result = await write.Users.ResetPasswordAsync(user, identityToken, password);
        if (!result.Succeeded)
        {
            return StaffOutcome.PasswordRefused(result.Errors.Select(e => e.Code));
        }

        // A lockout from mistyped passwords ends with the new password; an Admin's lock does not (checked above).
        await write.Users.ResetAccessFailedCountAsync(user);
        await write.Users.SetLockoutEndDateAsync(user, null);
        reset.Use(now);
        audit.Add(write.Db, new ConsoleActor(user.Id, user.DisplayName), StaffAuditKind.PasswordResetUsed, user.Id, StaffAuditLog.Describe(user.DisplayName, user.Email));
        await write.CommitAsync(cancellationToken);
        logger.LogInformation("{Email} set a new password with reset {ResetId}", user.Email, reset.Id);
        return new StaffOutcome(StaffError.None, UserId: user.Id);
    }

    private static async Task<StaffPasswordReset?> ByTokenAsync(ParkShareDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (StaffToken.Hash(token) is not { } hash)
        {
            return null;
        }

        var reset = await db.StaffPasswordResets.FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        return reset is not null && StaffToken.Matches(reset.TokenHash, hash) ? reset : null;
    }
}
