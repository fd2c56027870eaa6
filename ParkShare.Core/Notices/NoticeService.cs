using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Notices;

/// <summary>A driver's notice inbox: read newest first, mark one or all read. Only the driver's own notices exist for them.</summary>
public sealed class NoticeService(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Newest first, after the notice <paramref name="before"/> (the previous page's cursor). Ids are
    /// version-7 GUIDs made from the creation time, so their order is the creation order and a page
    /// boundary stays put while new notices arrive or old ones are read.
    /// </summary>
    public async Task<NoticePage> ListAsync(Guid driverId, bool unreadOnly, Guid? before, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.DriverNotices.AsNoTracking().Where(n => n.DriverId == driverId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAtUtc == null);
        }

        if (before is { } cursor)
        {
            query = query.Where(n => n.Id.CompareTo(cursor) < 0);
        }

        var items = await query.OrderByDescending(n => n.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var unread = await db.DriverNotices.CountAsync(n => n.DriverId == driverId && n.ReadAtUtc == null, cancellationToken);
        var page = items.Take(limit).ToList();
        return new NoticePage(page, items.Count > limit ? page[^1].Id : null, unread);
    }

    /// <summary>False when the driver has no such notice (another driver's id included).</summary>
    public async Task<bool> MarkReadAsync(Guid driverId, Guid noticeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notice = await db.DriverNotices.FirstOrDefaultAsync(n => n.Id == noticeId && n.DriverId == driverId, cancellationToken);
        if (notice is null)
        {
            return false;
        }

        notice.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks every unread notice of the driver read in one statement; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DriverNotices
            .Where(n => n.DriverId == driverId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }
}
