using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Push;
using ParkShare.Web.Data;

namespace ParkShare.Web.Sharing.Push;

/// <summary>
/// Runs the push dispatcher: batch after batch while messages are due, then every Push:PollInterval
/// (the clock is the TimeProvider, so tests can move it). Several hosts may run it on one database.
/// </summary>
public sealed class PushDispatcherService(
    PushDispatcher dispatcher, StartupGate gate, TimeProvider clock, IOptions<PushOptions> options, ILogger<PushDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await gate.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return;
        }

        var interval = options.Value.PollInterval;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                while (await dispatcher.DispatchDueAsync(stoppingToken) == options.Value.BatchSize)
                {
                    // A full batch: more may be due.
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Dispatching pushes failed; trying again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
