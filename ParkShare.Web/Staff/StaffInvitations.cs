using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>
/// Invites: an Admin creates, revokes or re-issues them; the invitee accepts with a password of their own.
/// Every change is written to the staff log in its own transaction; the token itself is never stored or logged.
/// </summary>
public sealed class StaffInvitations(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParkShareDbContext> contexts,
    StaffAuditLog audit,
    StaffLots lots,
    IOptions<StaffOptions> options,
    TimeProvider clock,
    ILogger<StaffInvitations> logger)
{
    /// <summary>Invites not yet accepted or revoked (expired ones too, so they can be re-issued), newest first.</summary>
    public async Task<IReadOnlyList<StaffInvite>> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.StaffInvites.AsNoTracking().Where(i => i.AcceptedAtUtc == null && i.RevokedAtUtc == null).ToListAsync(cancellationToken);
        return [.. open.OrderByDescending(i => i.CreatedAtUtc)];
    }

    public async Task<StaffOutcome> CreateAsync(ClaimsPrincipal admin, StaffInviteRequest request, CancellationToken cancellationToken = default)
    {
        var email = request.Email?.Trim() ?? string.Empty;
        var name = request.DisplayName?.Trim() ?? string.Empty;
        if (email.Length is 0 or > StaffInvite.MaxEmailLength || !new EmailAddressAttribute().IsValid(email))
        {
            return StaffOutcome.Refused(StaffError.EmailInvalid);
        }

        if (name.Length is 0 or > StaffInvite.MaxNameLength)
        {
            return StaffOutcome.Refused(StaffError.NameMissing);
        }

        if (request.Role is not (ConsoleRoles.Admin or ConsoleRoles.Operator))
        {
            return StaffOutcome.Refused(StaffError.RoleInvalid);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var write = await StaffWrite.BeginAsync(scopes, cancellationToken);
        if (await StaffAccounts.AdminActorAsync(write.Db, admin, now, cancellationToken) is not { } actor)
        {
            return StaffOutcome.Refused(StaffError.NotAllowed);
        }

        var normalized = StaffInvite.Normalize(email);
        if (await write.Users.FindByEmailAsync(email) is not null)
        {
            return StaffOutcome.Refused(StaffError.EmailTaken);
        }

        var open = await write.Db.StaffInvites.Where(i => i.NormalizedEmail == normalized && i.AcceptedAtUtc == null && i.RevokedAtUtc == null).ToListAsync(cancellationToken);
        if (open.Any(i => i.StateAt(now) == StaffLinkState.Pending))
        {
            return StaffOutcome.Refused(StaffError.AlreadyInvited);
        }

        // An expired invite for the same address is superseded by the new one.
        open.ForEach(i => i.Revoke(now));
        var validLots = await write.Db.Lots.Where(l => request.LotIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        var token = StaffToken.New();
        var invite = StaffInvite.Issue(email, name, request.Role, validLots, StaffToken.Hash(token)!, actor, now, options.Value.InviteLifetime);
        write.Db.StaffInvites.Add(invite);
        var details = $"{request.Role}{(invite.LotIds.Length > 0 ? " · " + await lots.NamesAsync(write.Db, invite.LotIds, cancellationToken) : string.Empty)}";
        audit.Add(write.Db, actor, StaffAuditKind.InviteCreated, null, StaffAuditLog.Describe(name, email), details);
        await write.CommitAsync(cancellationToken);
        logger.LogInformation("{Actor} invited {Email} as {Role} (invite {InviteId})", actor.DisplayName, email, request.Role, invite.Id);
        return new StaffOutcome(StaffError.None, Token: token);
    }

    public Task<StaffOutcome> RevokeAsync(ClaimsPrincipal admin, Guid inviteId, CancellationToken cancellationToken = default) =>
        ChangeAsync(admin, inviteId, StaffAuditKind.InviteRevoked, (invite, now) => invite.Revoke(now) ? string.Empty : null, cancellationToken);

    /// <summary>A fresh link (and lifetime) for an open invite; the previous link stops working.</summary>
    public Task<StaffOutcome> ReissueAsync(ClaimsPrincipal admin, Guid inviteId, CancellationToken cancellationToken = default)
    {
        var token = StaffToken.New();
        return ChangeAsync(admin, inviteId, StaffAuditKind.InviteReissued, (invite, now) => invite.Reissue(StaffToken.Hash(token)!, now, options.Value.InviteLifetime) ? token : null, cancellationToken);
    }

    /// <summary>What the invite page shows, or null for a token that names no invite.</summary>
    public async Task<StaffLinkView?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invite = await ByTokenAsync(db, token, cancellationToken);
        return invite is null ? null : new StaffLinkView(invite.StateAt(clock.GetUtcNow().UtcDateTime), invite.Email, invite.DisplayName);
    }

    /// <summary>Creates the account with the invite's role and lots and uses the invite up, all or nothing.</summary>
    public async Task<StaffOutcome> AcceptAsync(string? token, string? password, string? confirmation, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var write = await StaffWrite.BeginAsync(scopes, cancellationToken);
        var invite = await ByTokenAsync(write.Db, token, cancellationToken);
        if (invite is null)
        {
            return StaffOutcome.Refused(StaffError.NotFound);
        }

        if (LinkError(invite.StateAt(now)) is { } refused)
        {
            return StaffOutcome.Refused(refused);
        }

        if (string.IsNullOrEmpty(password) || password != confirmation)
        {
            return StaffOutcome.Refused(StaffError.PasswordMismatch);
        }

        var user = new ConsoleUser { UserName = invite.Email, Email = invite.Email, EmailConfirmed = true, DisplayName = invite.DisplayName, CreatedAtUtc = now };
        var created = await write.Users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                ? StaffOutcome.Refused(StaffError.EmailTaken)
                : StaffOutcome.PasswordRefused(created.Errors.Select(e => e.Code));
        }

        await write.Users.AddToRoleAsync(user, invite.Role);
        invite.Accept(user.Id, now);
        var self = new ConsoleActor(user.Id, user.DisplayName);
        var subject = StaffAuditLog.Describe(user.DisplayName, user.Email);
        audit.Add(write.Db, self, StaffAuditKind.InviteAccepted, user.Id, subject, $"{invite.Role} · {invite.CreatedBy}");
        if (invite.Role == ConsoleRoles.Operator)
        {
            await lots.SetAsync(write.Db, invite.Inviter, user.Id, subject, invite.LotIds, cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        logger.LogInformation("{Email} accepted invite {InviteId} as {Role}", invite.Email, invite.Id, invite.Role);
        return new StaffOutcome(StaffError.None, UserId: user.Id);
    }

    internal static StaffError? LinkError(StaffLinkState state) => state switch
    {
        StaffLinkState.Pending => null,
        StaffLinkState.Used => StaffError.LinkUsed,
        StaffLinkState.Revoked => StaffError.LinkRevoked,
        _ => StaffError.LinkExpired,
    };

    private static async Task<StaffInvite?> ByTokenAsync(ParkShareDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (StaffToken.Hash(token) is not { } hash)
        {
            return null;
        }

        var invite = await db.StaffInvites.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invite is not null && StaffToken.Matches(invite.TokenHash, hash) ? invite : null;
    }

    private async Task<StaffOutcome> ChangeAsync(ClaimsPrincipal admin, Guid inviteId, StaffAuditKind kind, Func<StaffInvite, DateTime, string?> change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var write = await StaffWrite.BeginAsync(scopes, cancellationToken);
        if (await StaffAccounts.AdminActorAsync(write.Db, admin, now, cancellationToken) is not { } actor)
        {
            return StaffOutcome.Refused(StaffError.NotAllowed);
        }

        var invite = await write.Db.StaffInvites.FirstOrDefaultAsync(i => i.Id == inviteId, cancellationToken);
        if (invite is null || change(invite, now) is not { } token)
        {
            return StaffOutcome.Refused(StaffError.NotFound);
        }

        audit.Add(write.Db, actor, kind, null, StaffAuditLog.Describe(invite.DisplayName, invite.Email));
        await write.CommitAsync(cancellationToken);
        logger.LogInformation("{Actor} {Kind} invite {InviteId} for {Email}", actor.DisplayName, kind, invite.Id, invite.Email);
        return new StaffOutcome(StaffError.None, Token: token.Length > 0 ? token : null);
    }
}
