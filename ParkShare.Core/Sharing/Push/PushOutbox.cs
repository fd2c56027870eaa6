using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Bindings;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// Enqueues pushes in the caller's transaction (the one that writes what caused them), so a record
/// or notice never exists without its messages, nor messages without it. Idempotent per key.
/// </summary>
public static class PushOutbox
{
    /// <summary>
    /// One message per bound friend the record is for: the friends the driver chose, while still
    /// bound (<paramref name="chosen"/> for a record not saved yet), or every bound friend.
    /// </summary>
    public static async Task EnqueueForFriendsAsync(
        ParkShareDbContext db, ParkingRecord record, OutboxEvent evt, DateTime nowUtc, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? chosen = null)
    {
        var friends = await db.Bindings.Where(b => b.DriverId == record.DriverId && b.State == BindingState.Active).Select(b => b.FriendId).ToListAsync(cancellationToken);
        if (record.HasChosenAudience)
        {
            var audience = chosen ?? await db.RecordAudiences.Where(a => a.RecordId == record.Id).Select(a => a.FriendId).ToListAsync(cancellationToken);
            friends = [.. friends.Intersect(audience)];
        }

        if (friends.Count == 0)
        {
            return;
        }

        var sequence = evt == OutboxEvent.PositionChanged ? record.PositionRevision : 0;
        var queued = await db.OutboxMessages
            .Where(m => m.SubjectId == record.Id && m.Event == evt && m.Sequence == sequence)
            .Select(m => m.RecipientId).ToListAsync(cancellationToken);
        queued.AddRange(db.OutboxMessages.Local.Where(m => m.SubjectId == record.Id && m.Event == evt && m.Sequence == sequence).Select(m => m.RecipientId));
        db.OutboxMessages.AddRange(friends.Except(queued).Select(f => OutboxMessage.AboutRecord(record, f, evt, nowUtc)));
    }

    /// <summary>The notices (new, so each id is new) and one message to their driver each.</summary>
    public static void AddNotices(ParkShareDbContext db, IEnumerable<DriverNotice> notices, DateTime nowUtc)
    {
        foreach (var notice in notices)
        {
            db.DriverNotices.Add(notice);
            db.OutboxMessages.Add(OutboxMessage.ForNotice(notice, nowUtc));
        }
    }

    public static void AddNotice(ParkShareDbContext db, DriverNotice notice, DateTime nowUtc) => AddNotices(db, [notice], nowUtc);
}
