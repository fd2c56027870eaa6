using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParkShare.Core.Data;

/// <summary>
/// PRAGMA synchronous=NORMAL on every connection: in WAL mode a commit then survives a crash of the
/// process (not of the machine's power) without an fsync per transaction, which is what limits write
/// throughput otherwise. The SQLite documentation recommends it for WAL.
/// </summary>
public sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
