using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParkShare.Core.Data;

namespace ParkShare.Tests.Support;

/// <summary>
/// Which provider the service and API tests run on: PARKSHARE_TEST_PROVIDER=Postgres (test.sh's
/// second run) puts every test host and Core test on a PostgreSQL database of its own, copied from a
/// template migrated once per run, on the server PARKSHARE_TEST_POSTGRES names; otherwise SQLite files.
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _template;

    public static DatabaseProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable("PARKSHARE_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The test server's maintenance database (superuser, trust on loopback).</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("PARKSHARE_TEST_POSTGRES")
        ?? throw new InvalidOperationException("PARKSHARE_TEST_POSTGRES is not set: test.sh starts a PostgreSQL server and sets it.");

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public static async Task<string> CreatePostgresAsync()
    {
        var template = await TemplateAsync();
        var name = $"parkshare_t_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template}");
        return WithDatabase(name);
    }

    /// <summary>A new database with nothing in it (not migrated), for start-up tests.</summary>
    public static async Task<string> CreateEmptyPostgresAsync()
    {
        var name = $"parkshare_e_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        return WithDatabase(name);
    }

    public static async Task DropPostgresAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static PostgresParkShareDbContext NewPostgresContext(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql(connectionString).Options);

    public static string WithDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is null)
            {
                var name = $"parkshare_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..50];
                await ExecuteAsync($"CREATE DATABASE {name}");
                var connectionString = WithDatabase(name);
                await using (var db = NewPostgresContext(connectionString))
                {
                    await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
                }

                // A template must have no session open while it is copied.
                NpgsqlConnection.ClearAllPools();
                _template = name;
            }

            return _template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
