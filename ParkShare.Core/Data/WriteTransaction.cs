using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ParkShare.Core.Data;

/// <summary>
/// BEGIN IMMEDIATE on the context's SQLite connection: the write lock is taken before the first
/// read, so a check-then-insert is atomic across threads and processes alike.
/// </summary>
public static class WriteTransaction
{
    public static async Task<SqliteTransaction> BeginImmediateAsync(ParkShareDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
