using ParkShare.Web.Data;

namespace ParkShare.Web.Hosting;

/// <summary>
/// Background work that runs once the database is ready and then every <see cref="Interval"/> on the
/// TimeProvider's clock (so tests can move it). A failed run is logged and tried again on the next tick;
/// it never stops the service or the host.
/// </summary>
public abstract class PeriodicService(StartupGate gate, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the failure log line calls one run, e.g. "Releasing no-shows".</summary>
    protected abstract string WorkName { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await gate.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Start-up failed; the start-up service has already reported why.
            return;
        }

        var interval = Interval;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Work} failed; trying again in {Interval}", WorkName, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
