using Npgsql;

namespace ParkShare.Web.Data;

/// <summary>Checks a PostgreSQL connection string at start; errors name the setting and the host, never the password.</summary>
public static class PostgresConnection
{
    public const string Setting = "ConnectionStrings:ParkShare";

    /// <summary>How many statements each connection keeps prepared unless the connection string says otherwise.</summary>
    public const int AutoPrepared = 64;

    public static string Validate(string configured)
    {
        NpgsqlConnectionStringBuilder csb;
        try
        {
            csb = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // The parser's message may quote the offending part, which may be the password: say only where to look.
            throw new InvalidOperationException(
                $"{Setting} is not a valid PostgreSQL connection string (Database:Provider is Postgres); expected Host=...;Port=...;Database=...;Username=...;Password=...");
        }

        if (string.IsNullOrWhiteSpace(csb.Host) || string.IsNullOrWhiteSpace(csb.Database))
        {
            throw new InvalidOperationException($"{Setting} must name a Host and a Database when Database:Provider is Postgres.");
        }

        // Every request runs the same few statements: prepared once per pooled connection, PostgreSQL skips
        // parsing and planning them again (EF Core's statements are all parameterised). ParkShare leaves no
        // session state on a connection it hands back (no SET, no temporary tables, advisory locks are
        // transaction-scoped or released), so the pool skips the reset it would otherwise send with the
        // next use (seven statements once statements are prepared). An operator's own setting wins, e.g.
        // Max Auto Prepare=0 behind PgBouncer in transaction mode.
        if (!Names(configured, "MaxAutoPrepare"))
        {
            csb.MaxAutoPrepare = AutoPrepared;
        }

        if (!Names(configured, "NoResetOnClose"))
        {
            csb.NoResetOnClose = true;
        }

        if (!Names(configured, "AutoPrepareMinUsages"))
        {
            csb.AutoPrepareMinUsages = 2;
        }

        return csb.ConnectionString;
    }

    /// <summary>Where the setting points, for errors: host, port, database and user, without the password.</summary>
    public static string Describe(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={csb.Host};Port={csb.Port};Database={csb.Database};Username={csb.Username}";
    }

    /// <summary>Whether the connection string sets <paramref name="keyword"/> (spaces and case do not matter).</summary>
    private static bool Names(string configured, string keyword) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured }.Keys.Cast<string>()
            .Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
}
