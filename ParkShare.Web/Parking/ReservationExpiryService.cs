using ParkShare.Core.Parking;
using ParkShare.Web.Data;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Parking;

/// <summary>Releases no-shows once their hold lapses.</summary>
public sealed class ReservationExpiryService(
    ReservationService reservations,
    StartupGate gate,
    TimeProvider clock,
    ILogger<ReservationExpiryService> logger) : PeriodicService(gate, clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override TimeSpan Interval => Every;

    protected override string WorkName => "Releasing no-shows";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var expired = await reservations.ExpireNoShowsAsync(cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("Released {Count} no-show reservations", expired);
        }
    }
}
