using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Lots;

/// <summary>
/// Holds one <see cref="LotMap"/> per lot, rebuilt when the lot's version changes. Every read checks
/// the version in the database, so a saved change is used by the very next request.
/// </summary>
public sealed class LotMapCache(IDbContextFactory<ParkShareDbContext> contexts)
{
    private readonly ConcurrentDictionary<Guid, LotMap> _maps = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _builds = new();

    public async Task<LotMap?> GetAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.Lots.Where(l => l.Id == lotId).Select(l => (int?)l.Version).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        if (_maps.TryGetValue(lotId, out var cached) && cached.Version == version)
        {
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
            return map;
        }
        finally
        {
            gate.Release();
        }
    }

    public static Task<Lot?> LoadAsync(ParkShareDbContext db, Guid lotId, CancellationToken cancellationToken) =>
        db.Lots.AsNoTracking().AsSplitQuery()
            .Include(l => l.Connectors)
            .Include(l => l.Levels).ThenInclude(l => l.Zones)
            .Include(l => l.Levels).ThenInclude(l => l.Spaces)
            .Include(l => l.Levels).ThenInclude(l => l.Landmarks)
            .Include(l => l.Levels).ThenInclude(l => l.WalkwayNodes)
            .Include(l => l.Levels).ThenInclude(l => l.WalkwayEdges)
            .FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
}
