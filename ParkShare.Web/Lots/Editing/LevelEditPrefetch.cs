using System.Collections.Concurrent;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// Loads a level for the editor while the browser is still starting Blazor: the editor page's prerender
/// (whose HTML shows no level) starts the load, and the interactive render, a few hundred milliseconds
/// later, takes it. Both renders check access first; a load older than a few seconds, or one that failed,
/// is not used (the level is loaded again), so an edit saved meanwhile is never hidden for long and a
/// stale draft would meet the usual save conflict.
/// </summary>
public sealed class LevelEditPrefetch(LevelEditService editing, TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<(string User, Guid Lot, Guid Level), Entry> _loads = new();

    public void Start(string user, Guid lotId, Guid levelId)
    {
        DropStale();
        // On the thread pool: SQLite's "async" calls run synchronously, and the prerender's HTML (with the
        // scripts it names) should reach the browser now, not after the level has loaded.
        _loads[(user, lotId, levelId)] = new Entry(Task.Run(() => LoadAsync(lotId, levelId)), clock.GetUtcNow());
    }

    public async Task<LevelEditContext?> TakeAsync(string user, Guid lotId, Guid levelId)
    {
        DropStale();
        if (_loads.TryRemove((user, lotId, levelId), out var entry) && clock.GetUtcNow() - entry.At < Fresh)
        {
            try
            {
                return await entry.Load;
            }
            catch (Exception) when (!entry.Load.IsCanceled)
            {
                // Loaded again below: the interactive render reports its own failure.
            }
        }

        return await editing.OpenAsync(lotId, levelId);
    }

    /// <summary>A prerender whose circuit never came holds a whole level: it is let go on the next open.</summary>
    private void DropStale()
    {
        var now = clock.GetUtcNow();
        foreach (var stale in _loads.Where(e => now - e.Value.At >= Fresh))
        {
            _loads.TryRemove(stale);
        }
    }

    private async Task<LevelEditContext?> LoadAsync(Guid lotId, Guid levelId)
    {
        var context = await editing.OpenAsync(lotId, levelId);
        if (context is not null)
        {
            SpaceShape.Warm(context.Draft.Spaces);
        }

        return context;
    }

    private sealed record Entry(Task<LevelEditContext?> Load, DateTimeOffset At);
}
