using ParkShare.Core.Parking;
using ParkShare.Web.Data;

namespace ParkShare.Web.Parking;

/// <summary>Releases no-shows once their hold lapses; the clock is the TimeProvider, so tests can move it.</summary>
public sealed class ReservationExpiryService(
    ReservationService reservations,
    StartupGate gate,
    TimeProvider clock,
    ILogger<ReservationExpiryService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

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

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var expired = await reservations.ExpireNoShowsAsync(stoppingToken);
                if (expired > 0)
                {
                    logger.LogInformation("Released {Count} no-show reservations", expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Releasing no-shows failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
