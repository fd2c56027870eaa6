using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ParkShare.Core.Data;

/// <summary>
/// A write transaction whose check-then-insert is atomic across threads, processes and nodes.
/// SQLite: BEGIN IMMEDIATE on the context's connection, so the write lock is taken before the first
/// read; writers of one process first queue for their turn in memory (no busy waiting on SQLite's
/// lock); BEGIN IMMEDIATE still guards against other processes on the same file.
/// PostgreSQL: a READ COMMITTED transaction that first takes a transaction-scoped advisory lock on
/// the given <see cref="WriteLock"/> (every node's writers of that key queue in the database, and
/// each statement after the lock sees everything committed before it). On SQLite every key is the
/// one database lock.
/// </summary>
public static class WriteTransaction
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    /// <summary>The whole database's write lock: what every check-then-insert without a narrower key takes.</summary>
    public static Task<WriteScope> BeginImmediateAsync(ParkShareDbContext db, CancellationToken cancellationToken) =>
        BeginAsync(db, WriteLock.Database, cancellationToken);

    /// <summary>
    /// A write transaction serialised on <paramref name="key"/>; with no key, on PostgreSQL, a plain
    /// transaction whose statements lock the rows they need themselves (SELECT ... FOR UPDATE).
    /// </summary>
    public static Task<WriteScope> BeginAsync(ParkShareDbContext db, WriteLock? key, CancellationToken cancellationToken) =>
        BeginAsync(db, key is { } k ? [k] : [], cancellationToken);

    /// <summary>
    /// A write transaction serialised on <paramref name="first"/>, then on <paramref name="then"/>
    /// (PostgreSQL: both advisory locks in one statement, one round trip, taken in this order so two
    /// callers that agree on the order cannot deadlock); on SQLite both are the one database lock.
    /// </summary>
    public static Task<WriteScope> BeginAsync(ParkShareDbContext db, WriteLock first, WriteLock then, CancellationToken cancellationToken) =>
        BeginAsync(db, [first, then], cancellationToken);

    private static async Task<WriteScope> BeginAsync(ParkShareDbContext db, WriteLock[] keys, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            try
            {
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
                if (keys.Length > 0)
                {
                    // BEGIN travels with this statement (Npgsql sends it lazily): the transaction and its
                    // locks cost one round trip. A select list is evaluated left to right.
                    var sql = "SELECT " + string.Join(", ", keys.Select((_, i) => $"pg_advisory_xact_lock({{{i}}})"));
                    await db.Database.ExecuteSqlRawAsync(sql, keys.Select(k => (object)k.Value), cancellationToken);
                }

                return new WriteScope(transaction, turn: null);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        var turn = Turns.GetOrAdd(DatabaseFile(db), _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            return new WriteScope(transaction, turn);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    private static string DatabaseFile(ParkShareDbContext db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return source.Length == 0 || source == ":memory:" ? source : Path.GetFullPath(source);
    }
}
