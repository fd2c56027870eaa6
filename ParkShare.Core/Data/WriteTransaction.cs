using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ParkShare.Core.Data;

/// <summary>
/// BEGIN IMMEDIATE on the context's SQLite connection: the write lock is taken before the first
/// read, so a check-then-insert is atomic across threads and processes alike. Writers of one
/// process first queue for their turn in memory (no busy waiting on SQLite's lock, which is what
/// limited throughput when many requests write at once); BEGIN IMMEDIATE still guards against
/// other processes on the same file.
/// </summary>
public static class WriteTransaction
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    public static async Task<WriteScope> BeginImmediateAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
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
