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
    public async Task<SpaceStateKind[]> ForLevelAsync(LevelMap level, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = now + ReservedAhead;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Spaces.AsNoTracking()
            .Where(s => s.LevelId == level.Id)
            .Select(s => new
            {
                s.Id,
                s.Disabled,
                Occupied = db.ParkingRecords.Any(r => r.SpaceId == s.Id && r.EndedAtUtc == null),
                Reserved = db.Reservations.Any(v => v.SpaceId == s.Id && v.State == ReservationState.Active && v.StartsAtUtc < soon && v.EndsAtUtc > now),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var states = new SpaceStateKind[level.Spaces.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = rows.TryGetValue(level.Spaces[i].Id, out var row)
                ? row.Disabled ? SpaceStateKind.Disabled
                : row.Occupied ? SpaceStateKind.Occupied
                : row.Reserved ? SpaceStateKind.Reserved
                : SpaceStateKind.Free
                : SpaceStateKind.Disabled;
        }

        return states;
    }
}
