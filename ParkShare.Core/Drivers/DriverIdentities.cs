using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Drivers;

/// <summary>Finds the driver a WeChat identity belongs to: by its channel's openid, then by unionid, else a new driver.</summary>
public static class DriverIdentities
{
    /// <summary>The tracked driver for <paramref name="identity"/>; a new one is added to <paramref name="db"/> (not saved).</summary>
    public static async Task<Driver> FindOrAddAsync(ParkShareDbContext db, WeChatIdentity identity, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var driver = await FindAsync(db, identity, cancellationToken);
        if (driver is null)
        {
            driver = Driver.Create(identity, nowUtc);
            db.Drivers.Add(driver);
        }
        else if (driver.CanLink(identity))
        {
            driver.Link(identity);
        }

        return driver;
    }

    public static async Task<Driver?> FindAsync(ParkShareDbContext db, WeChatIdentity identity, CancellationToken cancellationToken)
    {
        var byOpenId = identity.Channel == WeChatChannel.MiniProgram
            ? await db.Drivers.FirstOrDefaultAsync(d => d.MiniProgramOpenId == identity.OpenId, cancellationToken)
            : await db.Drivers.FirstOrDefaultAsync(d => d.OfficialAccountOpenId == identity.OpenId, cancellationToken);
        if (byOpenId is not null || string.IsNullOrWhiteSpace(identity.UnionId))
        {
            return byOpenId;
        }

        var byUnion = await db.Drivers.FirstOrDefaultAsync(d => d.UnionId == identity.UnionId, cancellationToken);
        return byUnion is not null && byUnion.CanLink(identity) ? byUnion : null;
    }
}
