using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Parking;

/// <summary>
/// Lot staff look a plate up for support, within one lot only: records of other lots are never read, so a
/// plate parked elsewhere stays unknown to this lot's staff. Every search is written to that lot's history
/// (who, the normalised plate, when) in the same transaction that reads the answer, so no search goes unrecorded.
/// The caller checks that the actor may see the lot.
/// </summary>
public sealed class StaffPlateSearch(IDbContextFactory<ParkShareDbContext> contexts, LotChangeLog history)
{
    public const int MaxRecords = 20;

    /// <param name="plateKey">A plate already normalised by <see cref="PlateQuery.TryNormalize"/>.</param>
    public async Task<PlateMatches> SearchAsync(ConsoleActor actor, Guid lotId, string plateKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(plateKey);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var inLot = db.ParkingRecords.AsNoTracking().Where(r => r.LotId == lotId && r.Plate == plateKey);
        var records = await inLot
            .OrderBy(r => r.EndedAtUtc == null ? 0 : 1).ThenByDescending(r => r.ParkedAtUtc)
            .Take(MaxRecords).ToListAsync(cancellationToken);
        var drivers = await inLot.Select(r => r.DriverId).Distinct().ToListAsync(cancellationToken);
        history.Add(db, lotId, actor, LotChangeKind.PlateSearched, plateKey);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlateMatches(plateKey, records, drivers);
    }
}
