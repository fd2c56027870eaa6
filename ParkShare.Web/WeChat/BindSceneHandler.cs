using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// "bind:&lt;invite&gt;": the person who scanned the invite's official-account QR (found or created by
/// their official-account openid) accepts it, and is told in words what happened.
/// </summary>
public sealed class BindSceneHandler(
    IDbContextFactory<ParkShareDbContext> contexts, BindingService bindings, TimeProvider clock, IStringLocalizer<BindSceneHandler> text, ILogger<BindSceneHandler> logger)
    : IOfficialAccountSceneHandler
{
    public string Prefix => InviteCode.ScenePrefix;

    public async Task<string?> HandleAsync(OfficialAccountScan scan, CancellationToken cancellationToken)
    {
        var identity = new WeChatIdentity(WeChatChannel.OfficialAccount, scan.OpenId, scan.UnionId);
        var friendId = await DriverIdAsync(identity, cancellationToken);
        var outcome = await bindings.AcceptAsync(friendId, scan.Argument, cancellationToken);
        logger.LogInformation("Invite scanned from the official account: {Result}", outcome.Error == BindingError.None ? (outcome.AlreadyBound ? "already bound" : "bound") : outcome.Error.ToString());
        return outcome.Error switch
        {
            BindingError.None => text[outcome.AlreadyBound ? "Bind.Reply.AlreadyBound" : "Bind.Reply.Bound"],
            BindingError.OwnInvite => text["Bind.Reply.Own"],
            BindingError.InviteExpired => text["Bind.Reply.Expired"],
            BindingError.InviteUsed => text["Bind.Reply.Used"],
            BindingError.TooManyFriends => text["Bind.Reply.TooMany"],
            _ => text["Bind.Reply.NotFound"],
        };
    }

    private async Task<Guid> DriverIdAsync(WeChatIdentity identity, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var driver = await DriverIdentities.FindOrAddAsync(db, identity, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return driver.Id;
        }
        catch (DbUpdateException)
        {
            // The same person's other event created them a moment ago (WeChat retries, two scans).
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return (await DriverIdentities.FindAsync(db, identity, cancellationToken))?.Id ?? throw new InvalidOperationException("The scanning driver could not be stored.");
        }
    }
}
