using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Lots.History;

/// <summary>
/// Writes and reads a lot's history. <see cref="Add"/> only stages the entry on the caller's context,
/// so it is saved in the same transaction as the change it describes, or not at all.
/// </summary>
public sealed class LotChangeLog(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public LotChange Add(ParkShareDbContext db, Guid lotId, ConsoleActor actor, LotChangeKind kind, string summary)
    {
        var change = new LotChange(lotId, actor, clock.GetUtcNow().UtcDateTime, kind, summary);
        db.LotChanges.Add(change);
        return change;
    }

    /// <summary>Page <paramref name="page"/> (0-based) of the lot's history, newest first.</summary>
    public async Task<LotChangePage> PageAsync(Guid lotId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.LotChanges.AsNoTracking().Where(c => c.LotId == lotId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new LotChangePage(items, total);
    }
}
