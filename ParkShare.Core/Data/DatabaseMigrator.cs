using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ParkShare.Core.Data;

/// <summary>
/// Brings a database to the latest migration of its provider. A brand-new SQLite file gets the
/// checked-in script of every migration in one go (a test keeps it equal to what EF generates): it is
/// the same SQL EF would run, without paying for EF's migration pipeline at the first start. An
/// existing database that lacks migrations goes through EF's Migrate as usual. PostgreSQL migrates
/// through EF under a session advisory lock, so of several nodes starting together one migrates and
/// the others wait, then find nothing left to do.
/// </summary>
public static class DatabaseMigrator
{
    public const string ScriptResource = "ParkShare.Core.Data.CreateDatabase.sql";

    public static async Task MigrateAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await PostgresSchema.MigrateAsync(db, cancellationToken);
            return;
        }

        var known = db.Database.GetMigrations().ToList();
        var applied = await AppliedMigrationsAsync(db, cancellationToken);
        if (applied is not null || !await CreateIfStillEmptyAsync(db, cancellationToken))
        {
            applied ??= await AppliedMigrationsAsync(db, cancellationToken);
            if (applied is null || known.Except(applied).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public static string CreateScript()
    {
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"{ScriptResource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimStart('\uFEFF');
    }

    /// <summary>
    /// Runs the script under one write lock, after looking again: of two hosts starting together on a
    /// new file, one creates the schema and the other then finds it made.
    /// </summary>
    private static async Task<bool> CreateIfStillEmptyAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0)
            {
                return false;
            }

            // The script's own BEGIN/COMMIT pairs give way to the transaction that holds the lock.
            command.CommandText = string.Join('\n', CreateScript().Split('\n')
                .Where(line => line.Trim() is not ("BEGIN TRANSACTION;" or "COMMIT;")));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The applied migration ids, or null when the database has no table at all.</summary>
    private static async Task<List<string>?> AppliedMigrationsAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            if (Convert.ToInt64(await tables.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }

            await using var history = connection.CreateCommand();
            history.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(await history.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return [];
            }

            history.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
            var ids = new List<string>();
            await using var reader = await history.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
