using System.ComponentModel.DataAnnotations;
using ParkShare.Core.Data;

namespace ParkShare.Web.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (one node, the default) or Postgres (several nodes on one database).</summary>
    [Required]
    [RegularExpression("^(?i:Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>The provider a configured value names; unset means SQLite, anything unknown is refused at start.</summary>
    public static DatabaseProvider ProviderOf(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException("Database:Provider must be Sqlite or Postgres.");
}
