namespace ParkShare.Web.Data;

/// <summary>Runs <see cref="DatabaseInitializer"/> beside the server's start, then opens the gate; stops the host if it fails.</summary>
public sealed class DatabaseInitializerService(
    IServiceScopeFactory scopes,
    StartupGate gate,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseInitializerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(stoppingToken);
                gate.Open();
            }
            catch (Exception ex)
            {
                logger.LogCritical(ex, "The database could not be initialised; stopping");
                gate.Fail(ex);
                lifetime.StopApplication();
            }
        },
        stoppingToken);
}
