using Microsoft.Extensions.Options;
using ParkShare.Core.Notices;
using ParkShare.Web.Data;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Notices;

/// <summary>Runs the reminder scanner every Reminders:ScanInterval.</summary>
public sealed class ReminderService(
    ReminderScanner scanner,
    StartupGate gate,
    TimeProvider clock,
    IOptions<RemindersOptions> options,
    ILogger<ReminderService> logger) : PeriodicService(gate, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ScanInterval;

    protected override string WorkName => "Creating reminders";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var created = await scanner.ScanAsync(cancellationToken);
        if (created.Count > 0)
        {
            logger.LogInformation("Created {Count} driver reminders", created.Count);
        }
    }
}
