using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParkShare.Tests.Support;
using ParkShare.Web.Data;

namespace ParkShare.Tests.Fakes;

/// <summary>
/// The real host over a real SQLite file of its own (deleted afterwards), or with
/// PARKSHARE_TEST_PROVIDER=Postgres a PostgreSQL database of its own (dropped afterwards),
/// configured by the repository's appsettings.json like production, with per-test overrides.
/// </summary>
public class ParkShareWebFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "parkshare-tests", Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["RateLimits:RefinePerMinute"] = "0",
    };

    public string DatabasePath => Path.Combine(_directory, "parkshare.db");

    /// <summary>The PostgreSQL database's connection string when the tests run on PostgreSQL.</summary>
    public string? PostgresConnectionString { get; private set; }

    public string PhotosPath => Path.Combine(_directory, "photos");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        if (TestDatabases.IsPostgres)
        {
            PostgresConnectionString ??= TestDatabases.CreatePostgresAsync().GetAwaiter().GetResult();
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:ParkShare", PostgresConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:ParkShare", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("Photos:Directory", PhotosPath);

        // The test server hands out the request body without Kestrel's size limit; endpoints' body limits need it.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new KestrelBodyLimitFilter()));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Tests that use services directly (not through a request) see the database fully seeded.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<StartupGate>().Ready.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (PostgresConnectionString is { } connectionString)
        {
            TestDatabases.DropPostgresAsync(connectionString).GetAwaiter().GetResult();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizer is left to the OS temp cleaner.
        }
    }
}
