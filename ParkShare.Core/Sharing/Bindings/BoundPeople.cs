using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>The people on the other side of my bindings, by the name they chose or I gave them; and who invites, before accepting.</summary>
public sealed class BoundPeople(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    /// <summary>Active bindings in both directions with the other side's alias and nickname, newest first.</summary>
    public async Task<IReadOnlyList<BoundPerson>> ListAsync(Guid me, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bindings.AsNoTracking()
            .Where(b => (b.DriverId == me || b.FriendId == me) && b.State == BindingState.Active)
            .OrderByDescending(b => b.CreatedAtUtc).ThenByDescending(b => b.Id)
            .Select(b => new { Binding = b, Nickname = db.Drivers.Where(d => d.Id == (b.DriverId == me ? b.FriendId : b.DriverId)).Select(d => d.Nickname).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new BoundPerson(r.Binding, r.Binding.Other(me), r.Binding.AliasSetBy(me), r.Nickname))];
    }

    /// <summary>One active binding of mine as I see it; null when there is none.</summary>
    public async Task<BoundPerson?> FindAsync(Guid me, Guid bindingId, CancellationToken cancellationToken = default) =>
        (await ListAsync(me, cancellationToken)).FirstOrDefault(p => p.Binding.Id == bindingId);

    /// <summary>I name the other side of an active binding as I like (null: back to their own nickname).</summary>
    public async Task<AliasOutcome> SetAliasAsync(Guid me, Guid bindingId, string? alias, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var binding = await db.Bindings.FirstOrDefaultAsync(
                b => b.Id == bindingId && (b.DriverId == me || b.FriendId == me) && b.State == BindingState.Active, cancellationToken);
            if (binding is null)
            {
                return new AliasOutcome(null, BindingError.NotFound);
            }

            var error = binding.SetAlias(me, alias);
            if (error != PersonNameError.None)
            {
                return new AliasOutcome(null, BindingError.None, error);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return await FindAsync(me, bindingId, cancellationToken) is { } person
            ? new AliasOutcome(person, BindingError.None)
            : new AliasOutcome(null, BindingError.NotFound);
    }

    /// <summary>Who invites with this code, read without using it (the accept page names the inviter before the friend accepts).</summary>
    public async Task<InvitePreview> PreviewInviteAsync(Guid me, string? code, CancellationToken cancellationToken = default)
    {
        if (InviteCode.Hash(code) is not { } hash)
        {
            return new InvitePreview(null, default, BindingError.InviteNotFound);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invite = await db.BindingInvites.AsNoTracking()
            .Where(i => i.CodeHash == hash)
            .Select(i => new { i.DriverId, i.ExpiresAtUtc, i.UsedAtUtc, Nickname = db.Drivers.Where(d => d.Id == i.DriverId).Select(d => d.Nickname).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (invite is null)
        {
            return new InvitePreview(null, default, BindingError.InviteNotFound);
        }

        var error = invite.DriverId == me ? BindingError.OwnInvite
            : invite.UsedAtUtc is not null ? BindingError.InviteUsed
            : invite.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime ? BindingError.InviteExpired
            : BindingError.None;
        return new InvitePreview(invite.Nickname, invite.ExpiresAtUtc, error);
    }
}
