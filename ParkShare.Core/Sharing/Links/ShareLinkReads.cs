using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// What every read of share links stores about the clock it saw: an expiry found due (so a wall clock
/// set back later cannot revive the link) and a lockout cut to its configured length (so a clock set
/// back cannot stretch it). Both are conditional UPDATEs that run only when something changed, which
/// happens once per link: reads of links that are live and unlocked write nothing.
/// </summary>
internal static class ShareLinkReads
{
    public static async Task SettleAsync(
        ParkShareDbContext db, IReadOnlyCollection<ShareLink> links, DateTime nowUtc, TimeSpan lockout, CancellationToken cancellationToken)
    {
        var expired = links.Where(l => l.NoteExpiry(nowUtc)).Select(l => l.Id).ToList();
        if (expired.Count > 0)
        {
            // An extension committed since the read moved the end: that link is not marked.
            await db.ShareLinks.Where(l => expired.Contains(l.Id) && l.ExpirySeenAtUtc == null && l.ExpiresAtUtc <= nowUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpirySeenAtUtc, nowUtc), cancellationToken);
        }

        var cap = nowUtc + lockout;
        var capped = links.Where(l => l.CapLockout(nowUtc, lockout)).Select(l => l.Id).ToList();
        if (capped.Count > 0)
        {
            await db.ShareLinks.Where(l => capped.Contains(l.Id) && l.LockedUntilUtc > cap)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LockedUntilUtc, cap), cancellationToken);
        }
    }
}
