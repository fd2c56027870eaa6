using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Links;

/// <summary>The owner's side of share links: create, list, show again, extend, revoke, read the access log.</summary>
public sealed class ShareService(
    IDbContextFactory<ParkShareDbContext> contexts, IShareTokenProtector protector, TimeProvider clock, IOptions<SharingOptions> options)
{
    public static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(10);

    public async Task<ShareOutcome> CreateAsync(Guid driverId, ShareRequest request, CancellationToken cancellationToken = default)
    {
        var rules = options.Value;
        var lifetime = request.Lifetime ?? rules.DefaultLifetime;
        var error = lifetime > rules.MaxLifetime ? ShareError.LifetimeTooLong
            : lifetime < MinLifetime ? ShareError.LifetimeTooShort
            : request.Pin is not null && !SharePin.IsWellFormed(request.Pin) ? ShareError.BadPin
            : request.MaxViews is < 1 or > ShareRequest.MaxViewLimit ? ShareError.BadViewLimit
            : ShareError.None;
        if (error != ShareError.None)
        {
            return ShareOutcome.Refused(error);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ParkingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RecordId && r.DriverId == driverId, cancellationToken);
        if (record is null || !record.IsActive)
        {
            return ShareOutcome.Refused(record is null ? ShareError.RecordNotFound : ShareError.RecordEnded);
        }

        var live = await db.ShareLinks.CountAsync(l => l.RecordId == record.Id && l.RevokedAtUtc == null && l.ExpirySeenAtUtc == null && l.ExpiresAtUtc > now, cancellationToken);
        if (live >= rules.MaxLinksPerRecord)
        {
            return ShareOutcome.Refused(ShareError.TooManyLinks);
        }

        var token = ShareToken.New();
        var link = ShareLink.Create(
            record.Id, driverId, record.LotId, ShareToken.Hash(token)!, protector.Protect(token), now, now + lifetime,
            request.Pin is { } pin ? SharePin.Hash(pin) : null, request.MaxViews, request.ShowPlate, request.ShowPhoto);
        db.ShareLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return ShareOutcome.Ok(link, token);
    }

    /// <summary>The driver's links, newest first.</summary>
    public async Task<IReadOnlyList<ShareLink>> ListAsync(Guid driverId, Guid? recordId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var links = await db.ShareLinks.AsNoTracking()
            .Where(l => l.DriverId == driverId && (recordId == null || l.RecordId == recordId))
            .OrderByDescending(l => l.CreatedAtUtc).Take(100).ToListAsync(cancellationToken);
        await ShareLinkReads.SettleAsync(db, links, clock.GetUtcNow().UtcDateTime, options.Value.PinLockout, cancellationToken);
        return links;
    }

    public async Task<ShareLink?> FindAsync(Guid driverId, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.DriverId == driverId, cancellationToken);
        if (link is not null)
        {
            await ShareLinkReads.SettleAsync(db, [link], clock.GetUtcNow().UtcDateTime, options.Value.PinLockout, cancellationToken);
        }

        return link;
    }

    /// <summary>The token again, for its owner only (the caller found the link by owner); null if the keys were lost.</summary>
    public string? TokenOf(ShareLink link) => protector.Unprotect(link.ProtectedToken);

    public async Task<ShareOutcome> RevokeAsync(Guid driverId, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.DriverId == driverId, cancellationToken);
        if (link is null)
        {
            return ShareOutcome.Refused(ShareError.NotFound);
        }

        if (link.Revoke(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return ShareOutcome.Ok(link);
    }

    /// <summary>A new end <paramref name="lifetime"/> from now, at most Sharing:MaxLifetime; only while the link still works.</summary>
    public async Task<ShareOutcome> ExtendAsync(Guid driverId, Guid linkId, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        if (lifetime > options.Value.MaxLifetime || lifetime < MinLifetime)
        {
            return ShareOutcome.Refused(lifetime < MinLifetime ? ShareError.LifetimeTooShort : ShareError.LifetimeTooLong);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.DriverId == driverId, cancellationToken);
        var recordActive = link is not null && await db.ParkingRecords.AnyAsync(r => r.Id == link.RecordId && r.EndedAtUtc == null, cancellationToken);
        if (link is null || link.StateAt(now, recordActive) is not (ShareLinkState.Active or ShareLinkState.Expired))
        {
            return ShareOutcome.Refused(link is null ? ShareError.NotFound : ShareError.NotActive);
        }

        link.ExtendTo(now + lifetime);
        await db.SaveChangesAsync(cancellationToken);
        return ShareOutcome.Ok(link);
    }

    public async Task<IReadOnlyList<ShareView>?> ViewsAsync(Guid driverId, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.ShareLinks.AnyAsync(l => l.Id == linkId && l.DriverId == driverId, cancellationToken))
        {
            return null;
        }

        return await db.ShareViews.AsNoTracking().Where(v => v.ShareLinkId == linkId).OrderByDescending(v => v.Id).Take(200).ToListAsync(cancellationToken);
    }
}
