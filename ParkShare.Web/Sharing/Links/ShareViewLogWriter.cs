using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>Writes queued share views in batches (at most every half second); on a clean shutdown it writes every view still queued.</summary>
public sealed class ShareViewLogWriter(ShareViewLog log, ShareAccess access, ILogger<ShareViewLogWriter> logger) : BackgroundService
{
    public const int MaxBatch = 500;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await log.Reader.WaitToReadAsync(stoppingToken))
            {
                await WriteQueuedAsync(CancellationToken.None);
                await Task.Delay(Pause, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        log.Complete();
        await WriteQueuedAsync(cancellationToken);
    }

    private async Task WriteQueuedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = new List<ShareViewEntry>(MaxBatch);
            while (batch.Count < MaxBatch && log.Reader.TryRead(out var view))
            {
                batch.Add(view);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await access.WriteViewsAsync(batch, cancellationToken);
                log.Written(batch);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not write {Count} share views", batch.Count);
                log.Written(batch);
            }
        }
    }
}
