using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Core;

/// <summary>
/// A migrated database of its own for a Core test, deleted afterwards: a SQLite file, or with
/// PARKSHARE_TEST_PROVIDER=Postgres a PostgreSQL database copied from the run's template.
/// </summary>
public sealed class TempDatabase : IDbContextFactory<ParkShareDbContext>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parkshare-core-{Guid.NewGuid():N}.db");
    private string? _postgres;

    public string FilePath => _path;

    public ParkShareDbContext CreateDbContext() => _postgres is { } connectionString
        ? TestDatabases.NewPostgresContext(connectionString)
        : new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={_path}").Options);

    public async Task<TempDatabase> MigrateAsync()
    {
        if (TestDatabases.IsPostgres)
        {
            _postgres ??= await TestDatabases.CreatePostgresAsync();
            return this;
        }

        await using var db = CreateDbContext();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        return this;
    }

    /// <summary>Everything the database holds, as bytes to search: the SQLite file and its WAL, or every PostgreSQL row as text.</summary>
    public async Task<byte[]> StoredBytesAsync()
    {
        if (_postgres is null)
        {
            var file = await File.ReadAllBytesAsync(_path);
            var wal = File.Exists(_path + "-wal") ? await File.ReadAllBytesAsync(_path + "-wal") : [];
            return [.. file, .. wal];
        }

        await using var db = CreateDbContext();
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'").ToListAsync();
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            // The table names come from the catalogue just read, not from input.
#pragma warning disable EF1002
            text.AppendJoin('\n', await db.Database.SqlQueryRaw<string>($"SELECT t::text AS \"Value\" FROM \"{table}\" t").ToListAsync());
#pragma warning restore EF1002
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    public void Dispose()
    {
        if (_postgres is { } connectionString)
        {
            TestDatabases.DropPostgresAsync(connectionString).GetAwaiter().GetResult();
            return;
        }

        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
