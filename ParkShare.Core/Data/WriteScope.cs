using Microsoft.Data.Sqlite;

namespace ParkShare.Core.Data;

/// <summary>An open BEGIN IMMEDIATE transaction and this process's turn at writing; disposing rolls back what was not committed and passes the turn on.</summary>
public sealed class WriteScope(SqliteTransaction transaction, SemaphoreSlim turn) : IAsyncDisposable
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
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
