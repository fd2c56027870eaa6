namespace ParkShare.Tests.Support;

/// <summary>
/// Tests of PostgreSQL itself (LISTEN/NOTIFY between nodes, a server restart) carry
/// <c>[Trait(PostgresOnly.Trait, PostgresOnly.Value)]</c>: test.sh's SQLite pass leaves them out
/// (<c>Provider!=Postgres</c>) and its PostgreSQL pass runs them.
/// </summary>
public static class PostgresOnly
{
    public const string Trait = "Provider";
    public const string Value = "Postgres";

    /// <summary>Fails with the reason when such a test is run on SQLite by hand.</summary>
    public static void Require()
    {
        if (!TestDatabases.IsPostgres)
        {
            throw new InvalidOperationException("This test needs PostgreSQL: run it with PARKSHARE_TEST_PROVIDER=Postgres and PARKSHARE_TEST_POSTGRES (test.sh's PostgreSQL pass, .ci/postgres.sh).");
        }
    }
}
