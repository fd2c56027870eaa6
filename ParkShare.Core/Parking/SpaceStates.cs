using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Parking;

/// <summary>
/// Live space states of a level in one query: disabled by staff, occupied by a current parking
/// record, reserved by an active reservation that covers now or starts within the next hour.
/// </summary>
public sealed class SpaceStates(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan ReservedAhead = TimeSpan.FromHours(1);

    /// <summary>One state per space, in the order of <see cref="LevelMap.Spaces"/> (the geometry's order).</summary>
    public async Task<SpaceStateKind[]> ForLevelAsync(Guid lotId, LevelMap level, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = now + ReservedAhead;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One round trip (UNION ALL of three indexed lookups over the lot's few live rows; the other
        // levels' rows are ignored below); the strongest state of a space wins.
        var marks = await db.Spaces.Where(s => s.LevelId == level.Id && s.Disabled).Select(s => new { SpaceId = s.Id, Mark = 3 })
            .Concat(db.ParkingRecords.Where(r => r.LotId == lotId && r.EndedAtUtc == null).Select(r => new { r.SpaceId, Mark = 2 }))
            .Concat(db.Reservations.Where(v => v.LotId == lotId && v.State == ReservationState.Active && v.StartsAtUtc < soon && v.EndsAtUtc > now)
                .Select(v => new { v.SpaceId, Mark = 1 }))
            .ToListAsync(cancellationToken);
        var strongest = new Dictionary<Guid, int>();
        foreach (var m in marks)
        {
            strongest[m.SpaceId] = Math.Max(strongest.GetValueOrDefault(m.SpaceId), m.Mark);
        }

        var states = new SpaceStateKind[level.Spaces.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = strongest.GetValueOrDefault(level.Spaces[i].Id) switch
            {
                3 => SpaceStateKind.Disabled,
                2 => SpaceStateKind.Occupied,
                1 => SpaceStateKind.Reserved,
                _ => SpaceStateKind.Free,
            };
        }

        return states;
    }
}
