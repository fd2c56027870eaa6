using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Data;

/// <summary>Creates and migrates the database at start (SQLite in WAL mode), seeds the demo lot and first admin.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<ParkShareDbContext> contexts,
    IOptions<SeedOptions> seed,
    AdminSeeder admins,
    StartupGate gate,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await MigrateAsync(db, cancellationToken);
            logger.LogInformation("Database migrated in {Elapsed} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            gate.OpenSchema();
            if (seed.Value.DemoLot && !await db.Lots.AnyAsync(cancellationToken) && await SeedDemoLotAsync(db, cancellationToken) is { } lot)
            {
                logger.LogInformation("Seeded the demo lot {LotName} with {Spaces} spaces ({Elapsed} ms since start)",
                    lot.Name, lot.Levels.Sum(l => l.Spaces.Count), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (seed.Value.BenchmarkLot)
            {
                await SeedBenchmarkLotAsync(db, cancellationToken);
            }
        }

        await admins.EnsureFirstAdminAsync(cancellationToken);

        // Start-up (and the demo seed above all) allocates tens of megabytes once; hand them back to the OS
        // now rather than carry them as idle resident memory.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation("Database ready in {Elapsed} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Migrates; a database that cannot be reached stops the start with the setting to look at, never the password.</summary>
    private static async Task MigrateAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        }
        catch (Exception e) when (db.Database.IsNpgsql() && e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database named by {PostgresConnection.Setting} ({PostgresConnection.Describe(db.Database.GetConnectionString()!)}) " +
                $"could not be reached or refused the connection: {e.Message}", e);
        }
    }

    /// <summary>Checks again inside a write transaction, so two hosts starting on one new file seed it once.</summary>
    private static async Task<Lot?> SeedDemoLotAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        if (await db.Lots.AnyAsync(cancellationToken))
        {
            return null;
        }

        var lot = LotGenerator.Generate(LotLayout.Demo);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Lots.Add(lot);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return lot;
    }

    private static async Task SeedBenchmarkLotAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        var layout = LotLayout.Large(levels: 1, zoneColumns: 5, zoneRows: 1, spacesPerRow: 30);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        if (!await db.Lots.AnyAsync(l => l.Name == layout.Name, cancellationToken))
        {
            db.Lots.Add(LotGenerator.Generate(layout));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
