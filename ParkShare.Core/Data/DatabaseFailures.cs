using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParkShare.Core.Data;

/// <summary>How each provider says "the database is not there right now" and "that range is taken"; the one place that knows.</summary>
public static class DatabaseFailures
{
    /// <summary>PostgreSQL's exclusion_violation: a second live reservation overlapping one of the same space.</summary>
    public const string ExclusionViolation = "23P01";

    /// <summary>True when the database refused a write because it would overlap a range guarded by an exclusion constraint.</summary>
    public static bool IsExclusionViolation(Exception exception) =>
        Unwrap(exception).Any(e => e is PostgresException { SqlState: ExclusionViolation });

    /// <summary>True when the server aborted the transaction to break a deadlock or a serialisation conflict: safe to run again.</summary>
    public static bool IsRetryableConflict(Exception exception) =>
        Unwrap(exception).Any(e => e is PostgresException { SqlState: "40P01" or "40001" });

    /// <summary>True when an insert met a row with the same primary key or unique index values.</summary>
    public static bool IsUniqueViolation(Exception exception) => Unwrap(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState == "23505",
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 1555 or 2067, // PRIMARYKEY, UNIQUE
        _ => false,
    });

    /// <summary>
    /// True when the database could not be reached or went away mid-request (a PostgreSQL restart, a
    /// network cut, a locked SQLite file, a full disk): the request may succeed if retried, so it answers 503.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => Unwrap(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || p.SqlState.StartsWith("57P", StringComparison.Ordinal) // admin/crash shutdown, cannot connect now
            || p.SqlState is "53300" or "40P01" or "40001" // too many connections; a deadlock or serialisation victim (retry)
            || p.SqlState is "53100", // disk_full: nothing was written, retry once space is back
        NpgsqlException n => n.IsTransient,
        SqliteException s => s.SqliteErrorCode is 5 or 6 or 13, // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL (the transaction rolled back whole)
        DbException d => d.IsTransient,
        TimeoutException => true,
        _ => false,
    });

    private static IEnumerable<Exception> Unwrap(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
