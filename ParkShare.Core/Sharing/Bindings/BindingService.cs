using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// Invites, bindings and their limits. Writes run in BEGIN IMMEDIATE so a limit check and the insert
/// after it are atomic across threads and processes, and an invite is used exactly once.
/// </summary>
public sealed class BindingService(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, IOptions<BindingOptions> options)
{
    public async Task<InviteOutcome> CreateInviteAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        var rules = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        if (await db.BindingInvites.CountAsync(i => i.DriverId == driverId && i.UsedAtUtc == null && i.ExpiresAtUtc > now, cancellationToken) >= rules.MaxOpenInvites)
        {
            return InviteOutcome.Refused(BindingError.TooManyInvites);
        }

        if (await ActiveFriendCountAsync(db, driverId, cancellationToken) >= rules.MaxFriends)
        {
            return InviteOutcome.Refused(BindingError.TooManyFriends);
        }

        var code = InviteCode.New();
        var invite = BindingInvite.Create(driverId, InviteCode.Hash(code)!, now, rules.InviteLifetime);
        db.BindingInvites.Add(invite);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return InviteOutcome.Ok(invite, code);
    }

    /// <summary>
    /// The friend accepts an invite. Accepting an invite of a driver one is already bound to answers
    /// that binding (and leaves the invite unused); a used or expired invite, or one's own, is refused.
    /// </summary>
    public async Task<BindingOutcome> AcceptAsync(Guid friendId, string? code, CancellationToken cancellationToken = default)
    {
        if (InviteCode.Hash(code) is not { } hash)
        {
            return BindingOutcome.Refused(BindingError.InviteNotFound);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var invite = await db.BindingInvites.FirstOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        if (invite is null)
        {
            return BindingOutcome.Refused(BindingError.InviteNotFound);
        }

        if (invite.DriverId == friendId)
        {
            return BindingOutcome.Refused(BindingError.OwnInvite);
        }

        var existing = await db.Bindings.FirstOrDefaultAsync(
            b => b.DriverId == invite.DriverId && b.FriendId == friendId && b.State == BindingState.Active, cancellationToken);
        if (existing is not null)
        {
            return BindingOutcome.Ok(existing, alreadyBound: true);
        }

        if (!invite.IsOpenAt(now))
        {
            return BindingOutcome.Refused(invite.UsedAtUtc is null ? BindingError.InviteExpired : BindingError.InviteUsed);
        }

        if (await ActiveFriendCountAsync(db, invite.DriverId, cancellationToken) >= options.Value.MaxFriends)
        {
            return BindingOutcome.Refused(BindingError.TooManyFriends);
        }

        invite.Use(friendId, now);
        var binding = Binding.Create(invite.DriverId, friendId, now);
        db.Bindings.Add(binding);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BindingOutcome.Ok(binding);
    }

    /// <summary>Active bindings in both directions: the friends I share with and the drivers who share with me, newest first.</summary>
    public async Task<IReadOnlyList<Binding>> ListAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Bindings.AsNoTracking()
            .Where(b => (b.DriverId == driverId || b.FriendId == driverId) && b.State == BindingState.Active)
            .OrderByDescending(b => b.CreatedAtUtc).ThenByDescending(b => b.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Ends a binding from either side; a binding the driver is not part of (or that ended) is not found.</summary>
    public async Task<BindingOutcome> RevokeAsync(Guid driverId, Guid bindingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var binding = await db.Bindings.FirstOrDefaultAsync(b => b.Id == bindingId && (b.DriverId == driverId || b.FriendId == driverId), cancellationToken);
        if (binding is null || !binding.Revoke(driverId, clock.GetUtcNow().UtcDateTime))
        {
            return BindingOutcome.Refused(BindingError.NotFound);
        }

        await db.SaveChangesAsync(cancellationToken);
        return BindingOutcome.Ok(binding);
    }

    /// <summary>Whether <paramref name="driverId"/> shares with <paramref name="friendId"/> right now.</summary>
    public static Task<bool> IsBoundAsync(ParkShareDbContext db, Guid driverId, Guid friendId, CancellationToken cancellationToken) =>
        db.Bindings.AnyAsync(b => b.DriverId == driverId && b.FriendId == friendId && b.State == BindingState.Active, cancellationToken);

    private static Task<int> ActiveFriendCountAsync(ParkShareDbContext db, Guid driverId, CancellationToken cancellationToken) =>
        db.Bindings.CountAsync(b => b.DriverId == driverId && b.State == BindingState.Active, cancellationToken);
}
