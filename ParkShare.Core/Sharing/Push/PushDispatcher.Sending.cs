using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParkShare.Core.Data;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Sharing.Push;

public sealed partial class PushDispatcher
{
    /// <summary>
    /// Sends through one channel. Sent: marked sent (and the authorisation used) at once. Transient:
    /// scheduled again with backoff (Done, nothing else tried now). Otherwise the error, for the next channel.
    /// </summary>
    private async Task<SendResult> TryAsync(ComposedPush push, Func<Task> send, PushChannel channel, Guid? grantId, CancellationToken cancellationToken)
    {
        try
        {
            await send();
        }
        catch (Exception ex) when (ex is WeChatException or HttpRequestException or TimeoutException)
        {
            var error = ex as WeChatException ?? new WeChatException(WeChatException.Transport, ex.GetType().Name);
            logger.LogWarning("Push {MessageId} via {Channel} failed: errcode {ErrorCode}", push.Message.Id, channel, error.ErrorCode);
            if (!error.IsTransient)
            {
                return new SendResult(false, error, channel);
            }

            var settings = options.Value;
            var now = clock.GetUtcNow().UtcDateTime;
            var delay = Backoff(push.Message.Attempts, settings.BaseBackoff, settings.MaxBackoff);
            await FinishAsync(push.Message.Id, m => m.Failed($"{channel} {error.ErrorCode}: {error.Message}", now + delay, settings.MaxAttempts), null, cancellationToken);
            return new SendResult(true, error, channel);
        }

        if (hooks.AfterAnswer is { } afterAnswer)
        {
            await afterAnswer(push.Message, cancellationToken);
        }

        // Not the caller's token: a stop now must not undo a message WeChat has already taken.
        await FinishAsync(push.Message.Id, m => m.MarkSent(channel, clock.GetUtcNow().UtcDateTime), grantId, CancellationToken.None);
        logger.LogInformation("Push {MessageId} sent via {Channel}", push.Message.Id, channel);
        return new SendResult(true, null, channel);
    }

    /// <summary>Exponential with "equal jitter": half the step fixed, half random, so retries of many messages spread out.</summary>
    internal static TimeSpan Backoff(int attemptsBefore, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var step = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attemptsBefore, 30)));
        return TimeSpan.FromMilliseconds(step / 2 + Random.Shared.NextDouble() * step / 2);
    }

    /// <summary>Changes a still-pending message in its own BEGIN IMMEDIATE transaction, using up the authorisation with it.</summary>
    private async Task FinishAsync(Guid id, Action<OutboxMessage> change, Guid? grantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is not { State: OutboxState.Pending })
        {
            return;
        }

        change(message);
        if (grantId is { } g && await db.SubscriptionGrants.FirstOrDefaultAsync(x => x.Id == g, cancellationToken) is { } grant)
        {
            grant.Use(clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UseGrantAsync(Guid grantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SubscriptionGrants.Where(g => g.Id == grantId && g.UsedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(g => g.UsedAtUtc, now), cancellationToken);
    }

    private sealed record SendResult(bool Done, WeChatException? Error, PushChannel Channel)
    {
        public string Describe() => $"{Channel} {Error?.ErrorCode}: {Error?.Message}";
    }
}
