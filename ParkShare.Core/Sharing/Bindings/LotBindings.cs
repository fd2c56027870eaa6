using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>Which drivers with records in a lot share with which friends (support answers "why did my friend get nothing?").</summary>
public sealed class LotBindings(IDbContextFactory<ParkShareDbContext> contexts)
{
    public async Task<IReadOnlyList<LotBindingRow>> ForLotAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bindings.AsNoTracking()
            .Where(b => db.ParkingRecords.Any(r => r.LotId == lotId && r.DriverId == b.DriverId))
            .Select(b => new LotBindingRow(b.Id, b.DriverId, b.FriendId, b.State, b.CreatedAtUtc, b.RevokedAtUtc))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DriverId).ThenBy(r => r.State).ThenByDescending(r => r.CreatedAtUtc).Take(500)];
    }
}
