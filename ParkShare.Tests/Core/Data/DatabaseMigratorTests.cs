using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Data;

public sealed class DatabaseMigratorTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parkshare-migrator-{Guid.NewGuid():N}.db");

    [Fact]
    public void CreateScript_Embedded_EqualsWhatEfGeneratesForEveryMigration()
    {
        using var db = NewContext();
        var generated = db.GetService<IMigrator>().GenerateScript();

        // If this fails after adding a migration, regenerate the script:
        // dotnet ef migrations script -p ParkShare.Core --context ParkShareDbContext -o ParkShare.Core/Data/Migrations/Sqlite/CreateDatabase.sql
        Assert.Equal(Normalize(generated), Normalize(DatabaseMigrator.CreateScript()));
    }

    [Fact]
    public void Model_ComparedWithLastMigration_HasNoPendingChanges()
    {
        using var db = NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add <Name> -p ParkShare.Core --context ParkShareDbContext -o Data/Migrations/Sqlite --namespace ParkShare.Core.Data.Migrations.Sqlite");
    }

    [Fact]
    public void Model_PostgresComparedWithLastMigration_HasNoPendingChanges()
    {
        using var db = new PostgresParkShareDbContext(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql("Host=localhost;Database=parkshare_design").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: dotnet ef migrations add <Name> -p ParkShare.Core --context PostgresParkShareDbContext -o Data/Migrations/Postgres --namespace ParkShare.Core.Data.Migrations.Postgres");
    }

    [Fact]
    public void Migrations_EachProvider_HasItsOwnSquashedInitialAndTheSameStepsAfterIt()
    {
        using var sqlite = NewContext();
        using var postgres = new PostgresParkShareDbContext(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql("Host=localhost;Database=parkshare_design").Options);
        static string[] Names(DbContext db) => [.. db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..])];

        Assert.Equal("Initial", Names(sqlite)[0]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public async Task MigrateAsync_NewFile_CreatesSchemaThatEfSeesAsUpToDate()
    {
        await using (var db = NewContext())
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        }

        await using (var db = NewContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            db.Lots.Add(LotGenerator.Generate(LotLayout.Demo));
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
            Assert.Equal(864, await db.Spaces.CountAsync());
        }
    }

    [Fact]
    public async Task MigrateAsync_DatabaseMigratedByEf_LeavesItAsItIs()
    {
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = NewContext())
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private ParkShareDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={_path}").Options);

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Trim();
}
