using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Push;
using ParkShare.Web.Data;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Sharing.Push;

/// <summary>
/// Runs the push dispatcher: batch after batch while messages are due, then every Push:PollInterval.
/// Several hosts may run it on one database.
/// </summary>
public sealed class PushDispatcherService(
    PushDispatcher dispatcher, StartupGate gate, TimeProvider clock, IOptions<PushOptions> options, ILogger<PushDispatcherService> logger)
    : PeriodicService(gate, clock, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string WorkName => "Dispatching pushes";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await dispatcher.DispatchDueAsync(cancellationToken) == options.Value.BatchSize)
        {
            // A full batch: more may be due.
        }
    }
}
