using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Occupancy;

/// <summary>
/// Applies a batch from a lot's sensors or plate cameras: every item is checked first (nothing is
/// written if one is wrong), then the batch is applied in one BEGIN IMMEDIATE transaction, keeping per
/// space only the newest observation. A replayed or late batch therefore changes nothing.
/// </summary>
public sealed class OccupancyFeed(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, SpaceStateNotifier notifier)
{
    public const int MaxBatch = 1000;

    /// <summary>Device clocks run a little fast; an observation further ahead than this is refused.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public async Task<OccupancyOutcome> ApplyAsync(LotMap map, Guid keyId, IReadOnlyList<OccupancyObservation> batch, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batch.Count, MaxBatch);
        var now = clock.GetUtcNow().UtcDateTime;
        var (items, errors) = Resolve(map, batch, now);
        if (errors.Count > 0)
        {
            return OccupancyOutcome.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var key = await db.LotApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.LotId == map.LotId, cancellationToken);
        if (key is not { IsActive: true })
        {
            return OccupancyOutcome.Revoked();
        }

        var spaceIds = items.Select(i => i.SpaceId).Distinct().ToList();
        var held = await db.SensorOccupancies.Where(o => spaceIds.Contains(o.SpaceId)).ToDictionaryAsync(o => o.SpaceId, cancellationToken);
        var applied = 0;
        foreach (var item in items)
        {
            if (!held.TryGetValue(item.SpaceId, out var state))
            {
                held[item.SpaceId] = state = SensorOccupancy.First(map.LotId, item.SpaceId);
                db.SensorOccupancies.Add(state);
            }

            applied += state.Observe(item.Occupied, item.ObservedAtUtc, keyId, item.Source, now) ? 1 : 0;
        }

        key.MarkUsed(now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (applied > 0)
        {
            notifier.Notify(map.LotId);
        }

        return OccupancyOutcome.Done(applied, items.Count - applied);
    }

    private static (List<Resolved> Items, List<OccupancyItemError> Errors) Resolve(LotMap map, IReadOnlyList<OccupancyObservation> batch, DateTime now)
    {
        var items = new List<Resolved>(batch.Count);
        var errors = new List<OccupancyItemError>();
        for (var i = 0; i < batch.Count; i++)
        {
            var o = batch[i];
            SpaceEntry? space = null;
            if (o.SpaceId is { Length: > 0 } id)
            {
                space = Guid.TryParse(id, out var g) ? map.Space(g) : null;
                if (space is null)
                {
                    errors.Add(new OccupancyItemError(i, "spaceId", OccupancyItemErrorKind.UnknownSpace, id));
                }
            }
            else if (o.Space is { Length: > 0 } code)
            {
                var match = map.FindByCode(code);
                space = match.Status == SpaceCodeMatchStatus.Resolved ? match.Space : null;
                if (space is null)
                {
                    errors.Add(new OccupancyItemError(i, "space", OccupancyItemErrorKind.UnknownSpace, code));
                }
            }
            else
            {
                errors.Add(new OccupancyItemError(i, "space", OccupancyItemErrorKind.SpaceRequired, null));
            }

            if (o.Occupied is null)
            {
                errors.Add(new OccupancyItemError(i, "occupied", OccupancyItemErrorKind.OccupiedRequired, null));
            }

            if (o.ObservedAt is not { } at)
            {
                errors.Add(new OccupancyItemError(i, "observedAt", OccupancyItemErrorKind.ObservedAtRequired, null));
            }
            else if (at.UtcDateTime > now + MaxClockSkew)
            {
                errors.Add(new OccupancyItemError(i, "observedAt", OccupancyItemErrorKind.ObservedAtInFuture, at.ToString("O")));
            }

            var source = o.Source?.Trim();
            if (source is { Length: > SensorOccupancy.MaxSourceLength } || (source?.Any(char.IsControl) ?? false))
            {
                errors.Add(new OccupancyItemError(i, "source", OccupancyItemErrorKind.SourceInvalid, null));
            }

            if (space is not null && o.Occupied is { } occupied && o.ObservedAt is { } observed)
            {
                // Stored as Unix milliseconds: compare at that precision, or a replay would look newer.
                var utc = observed.UtcDateTime;
                items.Add(new Resolved(space.Id, occupied, utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond)), source is { Length: > 0 } ? source : null));
            }
        }

        return (items, errors);
    }

    private readonly record struct Resolved(Guid SpaceId, bool Occupied, DateTime ObservedAtUtc, string? Source);
}
