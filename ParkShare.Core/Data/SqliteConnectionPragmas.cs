using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParkShare.Core.Data;

/// <summary>
/// Per-connection settings. synchronous=NORMAL: in WAL mode a commit then survives a crash of the
/// process (not of the machine's power) without an fsync per transaction, which is what limits write
/// throughput otherwise; the SQLite documentation recommends it for WAL. busy_timeout: a writer that
/// meets another process's write lock waits inside SQLite (which retries within milliseconds)
/// rather than in Microsoft.Data.Sqlite's own retry loop, which sleeps 150 ms between tries.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
    }
}
