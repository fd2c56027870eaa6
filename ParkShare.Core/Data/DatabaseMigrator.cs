using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ParkShare.Core.Data;

/// <summary>
/// Brings a database to the latest migration. A brand-new SQLite file gets the checked-in script
/// of every migration in one go (a test keeps it equal to what EF generates): it is the same SQL
/// EF would run, without paying for EF's migration pipeline at the first start. An existing
/// database that lacks migrations goes through EF's Migrate as usual.
/// </summary>
public static class DatabaseMigrator
{
    public const string ScriptResource = "ParkShare.Core.Data.CreateDatabase.sql";

    public static async Task MigrateAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = await AppliedMigrationsAsync(db, cancellationToken);
        if (applied is null && db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(CreateScript(), cancellationToken);
        }
        else if (applied is null || known.Except(applied).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public static string CreateScript()
    {
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"{ScriptResource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimStart('\uFEFF');
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
            if (Convert.ToInt64(await tables.ExecuteScalarAsync(cancellationToken)) == 0)
            {
                return null;
            }

            await using var history = connection.CreateCommand();
            history.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(await history.ExecuteScalarAsync(cancellationToken)) == 0)
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
