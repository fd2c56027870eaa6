using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Tests.Core;

/// <summary>A migrated SQLite file of its own for a Core test, deleted afterwards.</summary>
public sealed class TempDatabase : IDbContextFactory<ParkShareDbContext>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parkshare-core-{Guid.NewGuid():N}.db");

    public string FilePath => _path;

    public ParkShareDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={_path}").Options);

    public async Task<TempDatabase> MigrateAsync()
    {
        await using var db = CreateDbContext();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        return this;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
