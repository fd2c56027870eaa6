using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite today; Postgres arrives with multi-node deployments.</summary>
    [Required]
    [RegularExpression("^Sqlite$", ErrorMessage = "Database:Provider must be Sqlite in this version.")]
    public string Provider { get; set; } = "Sqlite";
}
