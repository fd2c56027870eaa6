using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Deletes a level with all its geometry, in one transaction, unless a driver depends on one of its
/// spaces (a live reservation, a car still parked). Connectors ending on the level go with it, and
/// the history entry names them.
/// </summary>
public sealed class LevelRemoval(IDbContextFactory<ParkShareDbContext> contexts, LotWriter writer)
{
    public async Task<LevelDeletionImpact?> ImpactAsync(Guid lotId, Guid levelId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lot = await db.Lots.AsNoTracking().WithConnectors()
            .FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        if (lot?.Levels.FirstOrDefault(l => l.Id == levelId) is not { } level)
        {
            return null;
        }

        return await ImpactAsync(db, lot, level, cancellationToken);
    }

    public Task<LotEditOutcome> DeleteAsync(ConsoleActor actor, Guid lotId, Guid levelId, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, async (db, lot) =>
        {
            if (lot.Levels.FirstOrDefault(l => l.Id == levelId) is not { } level)
            {
                return LotEditOutcome.Refused(LotEditError.NotFound);
            }

            var impact = await ImpactAsync(db, lot, level, cancellationToken);
            if (impact.Blocked)
            {
                return LotEditOutcome.Refused(
                    LotEditError.LevelInUse,
                    impact.LiveReservations.ToString(CultureInfo.InvariantCulture),
                    impact.OpenRecords.ToString(CultureInfo.InvariantCulture));
            }

            lot.RemoveLevel(level);
            var summary = string.Create(CultureInfo.InvariantCulture, $"{level.Name} ({level.Ordinal}), {impact.Spaces} spaces");
            if (impact.Connectors.Count > 0)
            {
                summary += "; connectors removed: " + string.Join(", ", impact.Connectors);
            }

            return LotEditOutcome.Changed(LotChangeKind.LevelDeleted, summary, level.Id);
        }, cancellationToken);

    private static async Task<LevelDeletionImpact> ImpactAsync(ParkShareDbContext db, Lot lot, Level level, CancellationToken cancellationToken)
    {
        var spaceIds = db.Spaces.Where(s => s.LevelId == level.Id).Select(s => s.Id);
        var live = await db.Reservations.Where(Reservation.Live).CountAsync(r => spaceIds.Contains(r.SpaceId), cancellationToken);
        var open = await db.ParkingRecords.CountAsync(r => r.EndedAtUtc == null && spaceIds.Contains(r.SpaceId), cancellationToken);
        var spaces = await spaceIds.CountAsync(cancellationToken);
        var connectors = lot.ConnectorsAt(level.WalkwayNodes.Select(n => n.Id)).Select(c => ConnectorEditor.Describe(lot, c)).ToList();
        return new LevelDeletionImpact(live, open, spaces, connectors);
    }
}
