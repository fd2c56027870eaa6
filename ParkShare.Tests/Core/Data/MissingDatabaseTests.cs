using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Core.Data;

/// <summary>The first start against a database that does not exist yet, on whichever provider the run uses.</summary>
public sealed class MissingDatabaseTests
{
    [Fact]
    public async Task MigrateAsync_DatabaseDoesNotExistYet_CreatesAndMigratesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parkshare-missing-{Guid.NewGuid():N}.db");
        var postgres = TestDatabases.IsPostgres ? TestDatabases.WithDatabase($"parkshare_m_{Guid.NewGuid():N}") : null;
        try
        {
            await using (var db = Open(postgres, path))
            {
                await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
            }

            await using (var db = Open(postgres, path))
            {
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.Equal(0, await db.Lots.CountAsync());
            }
        }
        finally
        {
            if (postgres is not null)
            {
                await TestDatabases.DropPostgresAsync(postgres);
            }

            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static ParkShareDbContext Open(string? postgres, string path) => postgres is not null
        ? TestDatabases.NewPostgresContext(postgres)
        : new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={path}").Options);
}
