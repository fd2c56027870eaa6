using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ParkShare.Core.Data;

/// <summary>PostgreSQL's side of start-up: migrations once across nodes, under an advisory lock.</summary>
internal static class PostgresSchema
{
    public static async Task MigrateAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        var pending = await PendingAsync(db, cancellationToken);
        if (pending is { Count: 0 })
        {
            return;
        }

        if (pending is null || !await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            await CreateDatabaseAsync(db, cancellationToken);
        }

        // A session lock on a connection of its own, held while EF migrates on its connections: a
        // second node blocks here until the first is done, then sees nothing pending.
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            take.Parameters.AddWithValue(WriteLock.Schema.Value);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            release.Parameters.AddWithValue(WriteLock.Schema.Value);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Creates the named database (the connection's role needs CREATEDB); another node that won the race is fine.</summary>
    private static async Task CreateDatabaseAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is "42P04" or "23505") // duplicate_database, or its catalogue row
        {
        }
    }

    /// <summary>The migrations not yet applied, or null when the database has no history table (or does not exist) yet.</summary>
    private static async Task<List<string>?> PendingAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        }
        catch (PostgresException e) when (e.SqlState == "3D000") // the database does not exist yet: Migrate creates it
        {
            return null;
        }
    }
}
