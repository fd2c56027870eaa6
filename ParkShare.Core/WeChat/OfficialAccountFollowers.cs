using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Follow state from the official account's subscribe and unsubscribe events. A new follower gets
/// (or is linked to) a driver through <see cref="DriverIdentities"/>; someone unfollowing is never
/// created just to be marked as gone.
/// </summary>
public sealed class OfficialAccountFollowers(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(string openId, bool follows, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        var identity = new WeChatIdentity(WeChatChannel.OfficialAccount, openId, null);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var driver = follows
            ? await DriverIdentities.FindOrAddAsync(db, identity, clock.GetUtcNow().UtcDateTime, cancellationToken)
            : await DriverIdentities.FindAsync(db, identity, cancellationToken);
        if (driver is not null && driver.RecordFollow(follows, atUtc))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
