using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// Sends the outbox. Claims due messages with a lease in one write transaction (BEGIN IMMEDIATE on
/// SQLite, FOR UPDATE SKIP LOCKED on PostgreSQL: two hosts on one database never hold the same message), sends each through the first channel that takes it
/// (a subscribe message while the recipient has an unused authorisation, else a template message to
/// a follower, else in-app only), and marks it sent in a transaction committed right after WeChat's
/// answer: only a crash between the two sends a message again.
/// </summary>
public sealed partial class PushDispatcher(
    IDbContextFactory<ParkShareDbContext> contexts,
    IWeChatClient weChat,
    PushComposer composer,
    PushDispatchHooks hooks,
    TimeProvider clock,
    IOptions<PushOptions> options,
    ILogger<PushDispatcher> logger)
{
    /// <summary>One batch: claims up to Push:BatchSize due messages and tries each once; returns how many it claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid();
        var claimed = await ClaimAsync(token, cancellationToken);
        foreach (var id in claimed)
        {
            try
            {
                await DeliverAsync(id, token, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The claim lapses and the message is tried again after the lease.
                logger.LogError(ex, "Push {MessageId} failed unexpectedly", id);
            }
        }

        return claimed.Count;
    }

    private async Task<List<Guid>> ClaimAsync(Guid token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (transaction, due) = await OutboxClaims.DueAsync(db, now, settings.BatchSize, cancellationToken);
        await using var _ = transaction;
        foreach (var message in due)
        {
            message.Claim(token, now + settings.Lease);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. due.Select(m => m.Id)];
    }

    private async Task DeliverAsync(Guid id, Guid token, CancellationToken cancellationToken)
    {
        var push = await composer.ComposeAsync(id, token, cancellationToken);
        if (push is null)
        {
            return; // taken over by another dispatcher, or done
        }

        if (push.Skip is { } reason)
        {
            await FinishAsync(id, m => m.GiveUp(reason), null, cancellationToken);
            return;
        }

        string? refusal = null;
        if (push.Subscribe is { } subscribe && push.GrantId is { } grantId)
        {
            var result = await TryAsync(push, () => weChat.SendSubscribeMessageAsync(subscribe, cancellationToken), PushChannel.Subscribe, grantId, cancellationToken);
            if (result.Done)
            {
                return;
            }

            if (result.Error is { ErrorCode: WeChatException.SubscriptionRefused })
            {
                await UseGrantAsync(grantId, cancellationToken); // WeChat no longer honours it
            }
            else
            {
                refusal = result.Describe();
            }
        }

        if (push.Template is { } template)
        {
            var result = await TryAsync(push, () => weChat.SendTemplateMessageAsync(template, cancellationToken), PushChannel.Template, null, cancellationToken);
            if (result.Done)
            {
                return;
            }

            if (result.Error is not { ErrorCode: WeChatException.NotFollowing })
            {
                refusal = result.Describe();
            }
        }

        // The in-app channel (notices, "shared with me") always has it; a push channel that refused
        // for good is dead-lettered so staff see the cause and can retry once it is fixed.
        await FinishAsync(id, m =>
        {
            if (refusal is null)
            {
                m.MarkSent(PushChannel.InApp, clock.GetUtcNow().UtcDateTime);
            }
            else
            {
                m.GiveUp(refusal);
            }
        }, null, cancellationToken);
    }
}
