using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// Reads the due outbox messages to claim, inside a write transaction the caller commits once it has
/// claimed them. SQLite: BEGIN IMMEDIATE, one claimer at a time. PostgreSQL: the rows themselves are
/// locked with FOR UPDATE SKIP LOCKED, so dispatchers on several nodes claim disjoint batches at once
/// instead of queueing for one lock.
/// </summary>
internal static class OutboxClaims
{
    public static async Task<(WriteScope Transaction, List<OutboxMessage> Due)> DueAsync(ParkShareDbContext db, DateTime nowUtc, int take, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            var immediate = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
            var due = await db.OutboxMessages
                .Where(m => m.State == OutboxState.Pending && m.NextAttemptAtUtc <= nowUtc && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc <= nowUtc))
                .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id).Take(take).ToListAsync(cancellationToken);
            return (immediate, due);
        }

        var transaction = await WriteTransaction.BeginAsync(db, key: null, cancellationToken);
        var now = new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        var pending = nameof(OutboxState.Pending);
        var rows = await db.OutboxMessages.FromSql($"""
            SELECT * FROM "OutboxMessages"
            WHERE "State" = {pending} AND "NextAttemptAtUtc" <= {now} AND ("ClaimedUntilUtc" IS NULL OR "ClaimedUntilUtc" <= {now})
            ORDER BY "NextAttemptAtUtc", "Id"
            LIMIT {take}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        return (transaction, rows);
    }
}
