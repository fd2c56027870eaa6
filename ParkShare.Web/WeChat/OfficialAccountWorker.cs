using Microsoft.EntityFrameworkCore;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>Records follow changes queued by the callback, one at a time, in arrival order; on a clean shutdown it finishes the queue.</summary>
public sealed class OfficialAccountWorker(OfficialAccountBacklog queue, OfficialAccountFollowers followers, ILogger<OfficialAccountWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync finishes what is queued.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        queue.Complete();
        await DrainAsync(cancellationToken);
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (queue.Reader.TryRead(out var change))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await followers.RecordAsync(change.OpenId, change.Follows, change.AtUtc, cancellationToken);
                    break;
                }
                catch (DbUpdateException ex) when (attempt == 1)
                {
                    // Another writer (a "link:" scan, an /m sign-in) took the openid first: read again.
                    logger.LogInformation(ex, "Recording an official-account follow change met a concurrent write; retrying once");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not record an official-account follow change (follows: {Follows})", change.Follows);
                    break;
                }
            }
        }
    }
}
