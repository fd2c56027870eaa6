using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;

namespace ParkShare.Core.Parking;

/// <summary>
/// Live space states of a level in one query: disabled by staff, occupied by a current parking
/// record or by the lot's sensor feed, reserved by an active reservation that covers now or starts
/// within the next hour; the strongest wins (disabled, occupied, reserved, free). A sensor's
/// "occupied" counts while younger than <see cref="OccupancyOptions.SensorTtl"/>; a sensor's "free"
/// never overrides what ParkShare knows (a driver's record, a reservation).
/// A level's answer is kept until this process changes the lot (the notifier says so) or for
/// <see cref="FreshnessWindow"/> at most, which bounds how late another process's change shows.
/// </summary>
public sealed class SpaceStates
{
    public static readonly TimeSpan ReservedAhead = TimeSpan.FromHours(1);
    public static readonly TimeSpan FreshnessWindow = TimeSpan.FromSeconds(1);
    private readonly IDbContextFactory<ParkShareDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _sensorTtl;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (Guid LotId, long At, SpaceStateKind[] States)> _cache = new();

    public SpaceStates(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, SpaceStateNotifier notifier, IOptions<OccupancyOptions> occupancy)
    {
        _contexts = contexts;
        _clock = clock;
        _sensorTtl = occupancy.Value.SensorTtl;
        notifier.Changed += lotId =>
        {
            foreach (var entry in _cache.Where(e => e.Value.LotId == lotId))
            {
                _cache.TryRemove(entry.Key, out _);
            }
        };
    }

    /// <summary>One state per space, in the order of <see cref="LevelMap.Spaces"/> (the geometry's order).</summary>
    public async Task<SpaceStateKind[]> ForLevelAsync(Guid lotId, LevelMap level, CancellationToken cancellationToken = default)
    {
        var at = _clock.GetTimestamp();
        if (_cache.TryGetValue(level.Id, out var cached) && cached.States.Length == level.Spaces.Count && _clock.GetElapsedTime(cached.At, at) < FreshnessWindow)
        {
            return cached.States;
        }

        var states = await QueryAsync(lotId, level, cancellationToken);
        _cache[level.Id] = (lotId, at, states);
        return states;
    }

    private async Task<SpaceStateKind[]> QueryAsync(Guid lotId, LevelMap level, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var soon = now + ReservedAhead;
        var sensedSince = now - _sensorTtl;
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);

        // One round trip (UNION ALL of four indexed lookups over the lot's few live rows; the other
        // levels' rows are ignored below); the strongest state of a space wins.
        var marks = await db.Spaces.Where(s => s.LevelId == level.Id && s.Disabled).Select(s => new { SpaceId = s.Id, Mark = 3 })
            .Concat(db.ParkingRecords.Where(r => r.LotId == lotId && r.EndedAtUtc == null).Select(r => new { r.SpaceId, Mark = 2 }))
            .Concat(db.SensorOccupancies.Where(o => o.LotId == lotId && o.Occupied && o.ObservedAtUtc > sensedSince).Select(o => new { o.SpaceId, Mark = 2 }))
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
