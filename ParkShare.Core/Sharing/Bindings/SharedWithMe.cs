using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// The friend's side of bindings: the active records of drivers who share with me (only those they
/// chose me for, when they chose), and "picked up", which does what the share page's button does.
/// </summary>
public sealed class SharedWithMe(IDbContextFactory<ParkShareDbContext> contexts, SpaceStateNotifier notifier, TimeProvider clock)
{
    public async Task<IReadOnlyList<ParkingRecord>> ListAsync(Guid friendId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db, friendId).OrderByDescending(r => r.ParkedAtUtc).Take(100).ToListAsync(cancellationToken);
    }

    public async Task<ParkingRecord?> FindAsync(Guid friendId, Guid recordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db, friendId).FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
    }

    /// <summary>
    /// A bound friend has the car: the record ends, the driver gets a notice and the other friends a
    /// push, in one transaction. NotFound for a record not shared with this friend; NotActive once ended.
    /// </summary>
    public async Task<ShareError> PickedUpAsync(Guid friendId, Guid recordId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var record = await Shared(db, friendId).FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
        if (record is null)
        {
            return ShareError.NotFound;
        }

        if (!record.End(now))
        {
            return ShareError.NotActive;
        }

        PushOutbox.AddNotice(db, DriverNotice.PickedUpByBoundFriend(record, now), now);
        await PushOutbox.EnqueueForFriendsAsync(db, record, OutboxEvent.RecordEnded, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(record.LotId);
        return ShareError.None;
    }

    private static IQueryable<ParkingRecord> Visible(ParkShareDbContext db, Guid friendId) =>
        Shared(db, friendId).AsNoTracking().Where(r => r.EndedAtUtc == null);

    /// <summary>Records of drivers bound to the friend, minus those whose driver chose other friends.</summary>
    private static IQueryable<ParkingRecord> Shared(ParkShareDbContext db, Guid friendId) =>
        db.ParkingRecords.Where(r =>
            db.Bindings.Any(b => b.DriverId == r.DriverId && b.FriendId == friendId && b.State == BindingState.Active)
            && (!r.HasChosenAudience || db.RecordAudiences.Any(a => a.RecordId == r.Id && a.FriendId == friendId)));
}
