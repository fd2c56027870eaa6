using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Sharing.Links;

/// <summary>The friend's side of a share link: open it, prove the PIN, say the car was picked up; and the view log's writes.</summary>
public sealed class ShareAccess(
    IDbContextFactory<ParkShareDbContext> contexts, SpaceStateNotifier notifier, TimeProvider clock, IOptions<SharingOptions> options)
{
    /// <summary>
    /// The link and its car as they are now (read on every request, never cached: a corrected
    /// position or a pick-up shows on the next view), or null for a token that is malformed or unknown.
    /// </summary>
    public async Task<ShareTarget?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (ShareToken.Hash(token) is not { } hash)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.ShareLinks.AsNoTracking().Where(l => l.TokenHash == hash)
            .Join(db.ParkingRecords.AsNoTracking(), l => l.RecordId, r => r.Id, (l, r) => new { Link = l, Record = r })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        await ShareLinkReads.SettleAsync(db, [found.Link], clock.GetUtcNow().UtcDateTime, options.Value.PinLockout, cancellationToken);
        return new ShareTarget(found.Link, found.Record);
    }

    /// <summary>
    /// Takes one view of a link with a view limit: checked and counted in one conditional UPDATE, so
    /// concurrent requests and several processes on one database can never pass the limit together.
    /// False when the link has no view left.
    /// </summary>
    public async Task<bool> TryCountViewAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.ShareLinks
            .Where(l => l.Id == linkId && l.MaxViews != null && l.Views < l.MaxViews)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Views, l => l.Views + 1), cancellationToken);
        return taken == 1;
    }

    public async Task<PinCheck> CheckPinAsync(string token, string? pin, CancellationToken cancellationToken = default)
    {
        if (ShareToken.Hash(token) is not { } hash)
        {
            return PinCheck.NotFound;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link?.PinHash is null)
        {
            return link is null ? PinCheck.NotFound : PinCheck.Ok;
        }

        // A clock set back since the lockout began must not lengthen it: the cut end is stored.
        var capped = link.CapLockout(now, options.Value.PinLockout);
        if (link.IsLockedAt(now))
        {
            if (capped)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return PinCheck.Locked;
        }

        var ok = SharePin.Verify(pin, link.PinHash);
        if (ok)
        {
            link.PinSucceeded();
        }
        else
        {
            link.PinFailed(options.Value.MaxPinAttempts, now + options.Value.PinLockout);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ok ? PinCheck.Ok : link.IsLockedAt(now) ? PinCheck.Locked : PinCheck.Wrong;
    }

    /// <summary>The friend has the car: the record ends, every link to it stops working, and the driver is told.</summary>
    /// <param name="pendingViews">Views not yet in the database, including the one that showed the button (a view already counted there: 0).</param>
    public async Task<ShareError> PickedUpAsync(string token, int pendingViews, CancellationToken cancellationToken = default)
    {
        if (ShareToken.Hash(token) is not { } hash)
        {
            return ShareError.NotFound;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        var record = link is null ? null : await db.ParkingRecords.FirstOrDefaultAsync(r => r.Id == link.RecordId, cancellationToken);
        if (link is null || record is null)
        {
            return ShareError.NotFound;
        }

        // The view that shows the button may be the last one a limited link allows.
        if (link.StateAt(now, record.IsActive, pendingViews - 1) != ShareLinkState.Active || link.IsLockedAt(now))
        {
            return ShareError.NotActive;
        }

        link.PickedUp(now);
        record.End(now);
        PushOutbox.AddNotice(db, DriverNotice.AboutShare(link, record, NoticeKind.CarPickedUpByFriend, now), now);
        await PushOutbox.EnqueueForFriendsAsync(db, record, OutboxEvent.RecordEnded, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(record.LotId);
        return ShareError.None;
    }

    /// <summary>Writes a batch of views in one transaction; a link's first view tells its driver.</summary>
    public async Task WriteViewsAsync(IReadOnlyList<ShareViewEntry> views, CancellationToken cancellationToken = default)
    {
        if (views.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var ids = views.Select(v => v.ShareLinkId).Distinct().ToList();
        var links = await db.ShareLinks.Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken);
        var records = await db.ParkingRecords.AsNoTracking().Where(r => links.Select(l => l.RecordId).Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var link in links)
        {
            var mine = views.Where(v => v.ShareLinkId == link.Id).ToList();
            db.ShareViews.AddRange(mine
                .GroupBy(v => (Second: v.AtUtc.Ticks / TimeSpan.TicksPerSecond, v.Device, v.Network))
                .Select(g => ShareView.Of(link.Id, g.Min(v => v.AtUtc), g.Key.Device, g.Key.Network, g.Count())));
            if (link.Viewed(mine.Count(v => !v.Counted), mine.Min(v => v.AtUtc)) && records.TryGetValue(link.RecordId, out var record))
            {
                PushOutbox.AddNotice(db, DriverNotice.AboutShare(link, record, NoticeKind.ShareOpened, now), now);
            }

        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
