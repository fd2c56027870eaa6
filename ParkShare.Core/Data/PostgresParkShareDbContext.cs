using Microsoft.EntityFrameworkCore;

namespace ParkShare.Core.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that EF finds this provider's migrations
/// (Data/Migrations/Postgres) and compiled model (Data/CompiledModel/Postgres) rather than SQLite's.
/// </summary>
public sealed class PostgresParkShareDbContext(DbContextOptions<PostgresParkShareDbContext> options) : ParkShareDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Text compares and sorts byte-wise, as SQLite's default BINARY collation does, whatever the
        // database's locale: codes, tokens and names order the same on both providers.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
