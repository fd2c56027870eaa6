using Microsoft.Data.Sqlite;
using ParkShare.Core.Data;

namespace ParkShare.Tests.Core.Data;

/// <summary>The faults a request may meet in SQLite itself, made for real on a file: each is "unavailable" (a 503), and nothing half-written stays.</summary>
public sealed class DatabaseFailuresTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parkshare-faults-{Guid.NewGuid():N}.db");

    [Fact]
    public void IsUnavailable_DiskFullWhileWriting_TrueAndTheTransactionRolledBackWhole()
    {
        using var db = Open();
        Execute(db, "CREATE TABLE t (v BLOB)");
        // max_page_count is SQLite's own "the disk is full here": the next page it needs fails with SQLITE_FULL.
        Execute(db, "PRAGMA max_page_count = " + Scalar(db, "PRAGMA page_count"));

        var full = Assert.Throws<SqliteException>(() =>
        {
            using var transaction = db.BeginTransaction();
            for (var i = 0; i < 100; i++)
            {
                using var insert = db.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO t VALUES (zeroblob(4096))";
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        });

        Assert.Equal(13, full.SqliteErrorCode);
        Assert.True(DatabaseFailures.IsUnavailable(full));
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM t"));
        Assert.Equal("ok", ScalarText(db, "PRAGMA integrity_check"));
    }

    [Fact]
    public void IsUnavailable_WriterLockedByAnotherConnectionPastTheBusyTimeout_True()
    {
        using var holder = Open();
        Execute(holder, "CREATE TABLE t (v INTEGER)");
        using var lockHolder = holder.BeginTransaction();
        using (var take = holder.CreateCommand())
        {
            take.Transaction = lockHolder;
            take.CommandText = "INSERT INTO t VALUES (1)";
            take.ExecuteNonQuery();
        }

        using var waiter = Open();
        Execute(waiter, "PRAGMA busy_timeout = 200");
        var busy = Assert.Throws<SqliteException>(() => Execute(waiter, "INSERT INTO t VALUES (2)"));

        Assert.Equal(5, busy.SqliteErrorCode);
        Assert.True(DatabaseFailures.IsUnavailable(busy));
        lockHolder.Rollback();
        Execute(waiter, "INSERT INTO t VALUES (3)");
        Assert.Equal(1L, Scalar(waiter, "SELECT count(*) FROM t"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private SqliteConnection Open()
    {
        // Microsoft.Data.Sqlite retries a busy database until the command timeout (30 s by default) whatever the
        // busy_timeout pragma says; one second is enough to see SQLITE_BUSY come back.
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False;Default Timeout=1");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? ScalarText(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
