using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Web.Parking;

/// <summary>How many friends were told of a record's latest position (its pushes queued in the outbox), for "…, 2 friends notified".</summary>
public sealed class FriendsTold(IDbContextFactory<ParkShareDbContext> contexts)
{
    public async Task<int> CountAsync(ParkingRecord record, CancellationToken cancellationToken)
    {
        var evt = record.PositionRevision > 0 ? OutboxEvent.PositionChanged : OutboxEvent.RecordCreated;
        var sequence = evt == OutboxEvent.PositionChanged ? record.PositionRevision : 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages
            .Where(m => m.SubjectId == record.Id && m.Event == evt && m.Sequence == sequence)
            .Select(m => m.RecipientId).Distinct().CountAsync(cancellationToken);
    }
}
