using Npgsql;

namespace ParkShare.Web.Data;

/// <summary>Checks a PostgreSQL connection string at start; errors name the setting and the host, never the password.</summary>
public static class PostgresConnection
{
    public const string Setting = "ConnectionStrings:ParkShare";

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

        return csb.ConnectionString;
    }

    /// <summary>Where the setting points, for errors: host, port, database and user, without the password.</summary>
    public static string Describe(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={csb.Host};Port={csb.Port};Database={csb.Database};Username={csb.Username}";
    }
}
