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

    /// <summary>Makes every insert into <paramref name="table"/> fail (a trigger that raises), to test that a failed write rolls the rest back.</summary>
#pragma warning disable EF1002 // the table name is the test's own constant
    public static Task RefuseInsertsAsync(ParkShareDbContext db, string table) => db.Database.IsNpgsql()
        ? db.Database.ExecuteSqlRawAsync($$"""
            CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$;
            CREATE TRIGGER refuse_insert BEFORE INSERT ON "{{table}}" FOR EACH ROW EXECUTE FUNCTION refuse_insert();
            """)
        : db.Database.ExecuteSqlRawAsync($"CREATE TRIGGER refuse_insert BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
#pragma warning restore EF1002

    public static PostgresParkShareDbContext NewPostgresContext(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql(connectionString).Options);

    public static string WithDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    /// <summary>
    /// The migrated template, made once per server and schema: its name carries the last migration's
    /// id, so a later run on the same server reuses it and a new migration makes a new one.
    /// </summary>
    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_template is null)
            {
                string name;
                await using (var design = NewPostgresContext(WithDatabase("postgres")))
                {
                    name = $"parkshare_template_{design.Database.GetMigrations().Last().ToLowerInvariant()}";
                }

                await using var server = new NpgsqlConnection(ServerConnectionString + ";Pooling=false");
                await server.OpenAsync();
                await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = name } } };
                if ((long)(await exists.ExecuteScalarAsync())! == 0)
                {
                    await ExecuteAsync($"CREATE DATABASE {name}");
                    await using (var db = NewPostgresContext(WithDatabase(name)))
                    {
                        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
                    }

                    // A template must have no session open while it is copied.
                    NpgsqlConnection.ClearAllPools();
                }

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
