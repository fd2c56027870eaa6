using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Lots;

/// <summary>
/// Holds one <see cref="LotMap"/> per lot, rebuilt when the lot's version changes. The version is read
/// from the database at most once per <see cref="Freshness"/> per lot (other processes' edits show
/// within that window); an edit saved in this process calls <see cref="Invalidate"/> and shows at once.
/// Several nodes on PostgreSQL set <see cref="Freshness"/> to zero: each request compares the lot's
/// version (one primary-key read), so an edit saved on one node is refined against on every node next.
/// </summary>
public sealed class LotMapCache(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan FreshnessWindow = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<Guid, LotMap> _maps = new();
    private readonly ConcurrentDictionary<Guid, long> _checkedAt = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _builds = new();

    /// <summary>Forgets what is known of the lot's version, so the next read looks again.</summary>
    /// <summary>How long a version read stays trusted; <see cref="FreshnessWindow"/> unless set.</summary>
    public TimeSpan Freshness { get; init; } = FreshnessWindow;

    public void Invalidate(Guid lotId) => _checkedAt.TryRemove(lotId, out _);

    public async Task<LotMap?> GetAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetTimestamp();
        if (_maps.TryGetValue(lotId, out var fresh) && _checkedAt.TryGetValue(lotId, out var checkedAt)
            && clock.GetElapsedTime(checkedAt, now) < Freshness)
        {
            return fresh;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.Lots.Where(l => l.Id == lotId).Select(l => (int?)l.Version).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            _maps.TryRemove(lotId, out _);
            return null;
        }

        if (_maps.TryGetValue(lotId, out var cached) && cached.Version == version)
        {
            _checkedAt[lotId] = now;
            return cached;
        }

        var gate = _builds.GetOrAdd(lotId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_maps.TryGetValue(lotId, out cached) && cached.Version == version)
            {
                return cached;
            }

            var lot = await LoadAsync(db, lotId, cancellationToken);
            if (lot is null)
            {
                return null;
            }

            var map = LotMap.Build(lot);
            _maps[lotId] = map;
            _checkedAt[lotId] = now;
            return map;
        }
        finally
        {
            gate.Release();
        }
    }

    public static Task<Lot?> LoadAsync(ParkShareDbContext db, Guid lotId, CancellationToken cancellationToken) =>
        db.Lots.AsNoTracking().WithGeometry().FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
}
