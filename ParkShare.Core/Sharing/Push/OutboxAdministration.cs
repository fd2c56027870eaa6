using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Push;

/// <summary>What support sees of the outbox: counts per state, the latest messages of a state, and retrying a dead one.</summary>
public sealed class OutboxAdministration(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<OutboxState, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.OutboxMessages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<OutboxState>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>The newest messages in <paramref name="state"/>.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(OutboxState state, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.State == state)
            .OrderByDescending(m => m.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
    }

    /// <summary>A dead message goes back to pending with fresh attempts; false for any other.</summary>
    public async Task<bool> RetryAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || !message.Retry(clock.GetUtcNow().UtcDateTime))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
