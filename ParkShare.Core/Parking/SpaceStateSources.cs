using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Occupancy;

namespace ParkShare.Core.Parking;

/// <summary>
/// Where a space's state comes from, for the console's space detail: the same rules as
/// <see cref="SpaceStates"/>, with the record, reservation or sensor behind each mark.
/// </summary>
public sealed class SpaceStateSources(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, IOptions<OccupancyOptions> occupancy)
{
    /// <summary>Every source bearing on the space, strongest first; the first one's state is the space's state (none: free).</summary>
    public async Task<IReadOnlyList<SpaceStateSource>> ForSpaceAsync(Guid lotId, Guid spaceId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = now + SpaceStates.ReservedAhead;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sources = new List<SpaceStateSource>();
        if (await db.Spaces.AnyAsync(s => s.Id == spaceId && s.Disabled && db.Levels.Any(l => l.Id == s.LevelId && l.LotId == lotId), cancellationToken))
        {
            sources.Add(new SpaceStateSource(SpaceStateKind.Disabled, SpaceStateCause.DisabledByStaff));
        }

        var records = await db.ParkingRecords.AsNoTracking()
            .Where(r => r.LotId == lotId && r.SpaceId == spaceId && r.EndedAtUtc == null)
            .Select(r => new { r.DriverId, r.Plate, r.ParkedAtUtc })
            .ToListAsync(cancellationToken);
        sources.AddRange(records.Select(r => new SpaceStateSource(SpaceStateKind.Occupied, SpaceStateCause.ParkingRecord, r.ParkedAtUtc, DriverId: r.DriverId, Plate: r.Plate)));

        var sensed = await db.SensorOccupancies.AsNoTracking()
            .Where(o => o.LotId == lotId && o.SpaceId == spaceId)
            .Select(o => new { Row = o, KeyName = db.LotApiKeys.Where(k => k.Id == o.SourceKeyId).Select(k => k.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        SpaceStateSource? sensorFree = null;
        if (sensed is not null)
        {
            var row = sensed.Row;
            var cause = row.ObservedAtUtc <= now - occupancy.Value.SensorTtl ? SpaceStateCause.SensorStale
                : row.Occupied ? SpaceStateCause.SensorOccupied
                : SpaceStateCause.SensorFree;
            var source = new SpaceStateSource(
                cause == SpaceStateCause.SensorOccupied ? SpaceStateKind.Occupied : SpaceStateKind.Free,
                cause, row.ObservedAtUtc, SensorLabel: row.SourceLabel, KeyName: sensed.KeyName);
            if (cause == SpaceStateCause.SensorOccupied)
            {
                sources.Add(source);
            }
            else
            {
                sensorFree = source;
            }
        }

        var reservations = await db.Reservations.AsNoTracking()
            .Where(v => v.LotId == lotId && v.SpaceId == spaceId && v.State == ReservationState.Active && v.StartsAtUtc < soon && v.EndsAtUtc > now)
            .OrderBy(v => v.StartsAtUtc)
            .Select(v => new { v.DriverId, v.StartsAtUtc, v.EndsAtUtc })
            .ToListAsync(cancellationToken);
        sources.AddRange(reservations.Select(v => new SpaceStateSource(SpaceStateKind.Reserved, SpaceStateCause.Reservation, v.StartsAtUtc, v.EndsAtUtc, v.DriverId)));
        if (sensorFree is not null)
        {
            sources.Add(sensorFree);
        }

        return sources;
    }
}
