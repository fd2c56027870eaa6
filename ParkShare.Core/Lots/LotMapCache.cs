using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Lots;

/// <summary>
/// Holds one <see cref="LotMap"/> per lot, rebuilt when the lot's version changes. The version is read
/// from the database at most once per <see cref="Freshness"/> per lot; an edit saved in this process
/// calls <see cref="Invalidate"/> and shows at once. Several nodes on PostgreSQL relay each edit
/// (<see cref="Edited"/>) to the others, which call <see cref="InvalidateFromAnotherNode"/>; while a
/// node cannot hear the others (<see cref="OtherNodesHeard"/> false) every read checks the version.
/// Refinement reads through <see cref="GetCurrentAsync"/>, which always checks it, so an edit saved on
/// one node is what every node refines against on its next request, whatever the relay's delay.
/// </summary>
public sealed class LotMapCache(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan FreshnessWindow = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<Guid, LotMap> _maps = new();
    private readonly ConcurrentDictionary<Guid, long> _checkedAt = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _builds = new();
    private long _invalidations;
    private volatile bool _otherNodesHeard = true;

    /// <summary>How long a version read stays trusted; <see cref="FreshnessWindow"/> unless set.</summary>
    public TimeSpan Freshness { get; init; } = FreshnessWindow;

    /// <summary>
    /// Whether other nodes' edits reach this cache (true on one node; on several, while this node's
    /// LISTEN connection is up). While false, every read checks the lot's version in the database.
    /// </summary>
    public bool OtherNodesHeard
    {
        get => _otherNodesHeard;
        set
        {
            _otherNodesHeard = value;
            InvalidateAllFromAnotherNode();
        }
    }

    /// <summary>Raised when this process saved an edit of a lot, for a relay to other nodes.</summary>
    public event Action<Guid>? Edited;

    /// <summary>This process saved an edit of the lot: the next read looks again, and other nodes are told.</summary>
    public void Invalidate(Guid lotId)
    {
        InvalidateFromAnotherNode(lotId);
        Edited?.Invoke(lotId);
    }

    /// <summary>Another node saved an edit of the lot: the next read here looks again.</summary>
    public void InvalidateFromAnotherNode(Guid lotId)
    {
        Interlocked.Increment(ref _invalidations);
        _checkedAt.TryRemove(lotId, out _);
    }

    /// <summary>Edits may have been missed (a relay reconnected): every lot's next read looks again.</summary>
    public void InvalidateAllFromAnotherNode()
    {
        Interlocked.Increment(ref _invalidations);
        _checkedAt.Clear();
    }

    /// <summary>The lot's map, its version checked at most once per <see cref="Freshness"/>.</summary>
    public Task<LotMap?> GetAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetTimestamp();
        return _otherNodesHeard && _maps.TryGetValue(lotId, out var fresh) && _checkedAt.TryGetValue(lotId, out var checkedAt)
            && clock.GetElapsedTime(checkedAt, now) < Freshness
            ? Task.FromResult<LotMap?>(fresh)
            : LoadCurrentAsync(lotId, now, cancellationToken);
    }

    /// <summary>The lot's map at the version the database holds now (one primary-key read when cached): for refinement.</summary>
    public Task<LotMap?> GetCurrentAsync(Guid lotId, CancellationToken cancellationToken = default) =>
        LoadCurrentAsync(lotId, clock.GetTimestamp(), cancellationToken);

    private async Task<LotMap?> LoadCurrentAsync(Guid lotId, long now, CancellationToken cancellationToken)
    {
        // An invalidation that lands while the version is read must not be overwritten by the older read.
        var invalidations = Interlocked.Read(ref _invalidations);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.Lots.Where(l => l.Id == lotId).Select(l => (int?)l.Version).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            _maps.TryRemove(lotId, out _);
            return null;
        }

        if (_maps.TryGetValue(lotId, out var cached) && cached.Version == version)
        {
            MarkChecked(lotId, now, invalidations);
            return cached;
        }

        var gate = _builds.GetOrAdd(lotId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_maps.TryGetValue(lotId, out cached) && cached.Version >= version)
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
            MarkChecked(lotId, now, invalidations);
            return map;
        }
        finally
        {
            gate.Release();
        }
    }

    private void MarkChecked(Guid lotId, long now, long invalidationsBefore)
    {
        _checkedAt[lotId] = now;
        if (Interlocked.Read(ref _invalidations) != invalidationsBefore)
        {
            _checkedAt.TryRemove(lotId, out _);
        }
    }

    public static Task<Lot?> LoadAsync(ParkShareDbContext db, Guid lotId, CancellationToken cancellationToken) =>
        db.Lots.AsNoTracking().WithGeometry().FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
}
