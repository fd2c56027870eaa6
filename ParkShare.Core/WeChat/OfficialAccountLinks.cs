using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Links a mini-program driver to their official-account openid when WeChat gives no unionid: the
/// driver asks for a one-time code, the mini-program shows an official-account QR with scene
/// "link:&lt;code&gt;", and the scan (subscribe or SCAN) arrives here with the scanner's openid.
/// </summary>
public sealed class OfficialAccountLinks(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int CodeLength = 22;

    /// <summary>A new code for the driver; their earlier unused codes stop working (one QR on screen at a time).</summary>
    public async Task<OfficialAccountLinkIssue> IssueAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        await db.OfficialAccountLinkCodes.Where(c => c.DriverId == driverId).ExecuteDeleteAsync(cancellationToken);
        var issued = OfficialAccountLinkCode.Issue(driverId, Hash(code)!, now, Lifetime);
        db.OfficialAccountLinkCodes.Add(issued);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OfficialAccountLinkIssue(code, issued.ExpiresAtUtc);
    }

    public async Task<OfficialAccountLinkResult> LinkAsync(string code, string openId, string? unionId, CancellationToken cancellationToken = default)
    {
        if (Hash(code) is not { } hash || string.IsNullOrWhiteSpace(openId))
        {
            return OfficialAccountLinkResult.CodeInvalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var linkCode = await db.OfficialAccountLinkCodes.FirstOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        var driver = linkCode is null ? null : await db.Drivers.FirstOrDefaultAsync(d => d.Id == linkCode.DriverId, cancellationToken);
        if (linkCode is null || driver is null || !linkCode.IsUsableAt(now))
        {
            return OfficialAccountLinkResult.CodeInvalid;
        }

        var result = await LinkDriverAsync(db, driver, openId, unionId, now, cancellationToken);
        if (result is OfficialAccountLinkResult.Linked or OfficialAccountLinkResult.AlreadyLinked)
        {
            linkCode.Use(now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    private static async Task<OfficialAccountLinkResult> LinkDriverAsync(
        ParkShareDbContext db, Driver driver, string openId, string? unionId, DateTime now, CancellationToken cancellationToken)
    {
        if (driver.OfficialAccountOpenId == openId)
        {
            return OfficialAccountLinkResult.AlreadyLinked;
        }

        if (driver.OfficialAccountOpenId is not null)
        {
            return OfficialAccountLinkResult.DriverLinkedElsewhere;
        }

        var holder = await db.Drivers.FirstOrDefaultAsync(d => d.OfficialAccountOpenId == openId, cancellationToken);
        if (holder is not null)
        {
            if (holder.MiniProgramOpenId is not null || await HasDataAsync(db, holder.Id, cancellationToken))
            {
                return OfficialAccountLinkResult.OpenIdTaken;
            }

            // A follower-only driver (made by the subscribe event or an /m sign-in) with nothing of their
            // own: it is the same person, so its row gives way to the one they asked to link to.
            unionId ??= holder.UnionId;
            await db.Drivers.Where(d => d.Id == holder.Id).ExecuteDeleteAsync(cancellationToken);
            db.Entry(holder).State = EntityState.Detached;
        }

        var identity = new WeChatIdentity(WeChatChannel.OfficialAccount, openId, unionId);
        if (!driver.CanLink(identity))
        {
            return OfficialAccountLinkResult.DriverLinkedElsewhere;
        }

        driver.Link(identity);
        driver.RecordFollow(true, now);
        return OfficialAccountLinkResult.Linked;
    }

    private static async Task<bool> HasDataAsync(ParkShareDbContext db, Guid driverId, CancellationToken cancellationToken) =>
        await db.ParkingRecords.AnyAsync(r => r.DriverId == driverId, cancellationToken)
        || await db.Reservations.AnyAsync(r => r.DriverId == driverId, cancellationToken)
        || await db.ShareLinks.AnyAsync(l => l.DriverId == driverId, cancellationToken)
        || await db.DriverNotices.AnyAsync(n => n.DriverId == driverId, cancellationToken)
        || await db.Bindings.AnyAsync(b => b.DriverId == driverId || b.FriendId == driverId, cancellationToken)
        || await db.BindingInvites.AnyAsync(i => i.DriverId == driverId, cancellationToken);

    private static byte[]? Hash(string? code) =>
        code is { Length: CodeLength } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? SHA256.HashData(Encoding.ASCII.GetBytes(code))
            : null;
}
