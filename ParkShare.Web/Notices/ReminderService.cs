using Microsoft.Extensions.Options;
using ParkShare.Core.Notices;
using ParkShare.Web.Data;

namespace ParkShare.Web.Notices;

/// <summary>Runs the reminder scanner every Reminders:ScanInterval; the clock is the TimeProvider, so tests can move it.</summary>
public sealed class ReminderService(
    ReminderScanner scanner,
    StartupGate gate,
    TimeProvider clock,
    IOptions<RemindersOptions> options,
    ILogger<ReminderService> logger) : BackgroundService
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

        var interval = options.Value.ScanInterval;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                var created = await scanner.ScanAsync(stoppingToken);
                if (created.Count > 0)
                {
                    logger.LogInformation("Created {Count} driver reminders", created.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Creating reminders failed; trying again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
