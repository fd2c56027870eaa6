using System.Data.Common;

namespace ParkShare.Core.Data;

/// <summary>
/// An open write transaction holding its lock (SQLite: BEGIN IMMEDIATE and this process's turn at
/// writing; PostgreSQL: a transaction-scoped advisory lock); disposing rolls back what was not
/// committed and passes the turn on.
/// </summary>
public sealed class WriteScope(DbTransaction transaction, SemaphoreSlim? turn) : IAsyncDisposable
{
    private int _released;

    public Task CommitAsync(CancellationToken cancellationToken = default) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            if (turn is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
