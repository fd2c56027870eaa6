using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Data;

public static class DataRegistration
{
    public static WebApplicationBuilder AddParkShareData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName);
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var configured = builder.Configuration.GetConnectionString("ParkShare")
            ?? throw new InvalidOperationException("ConnectionStrings:ParkShare is missing from appsettings.json.");
        var provider = DatabaseOptions.ProviderOf(builder.Configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"]);
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = PostgresConnection.Validate(configured);
            builder.Services.AddDbContextFactory<PostgresParkShareDbContext>(o => o
                .UseNpgsql(connectionString)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
            builder.Services.AddSingleton<IDbContextFactory<ParkShareDbContext>, ProviderContextFactory<PostgresParkShareDbContext>>();
            builder.Services.AddScoped<ParkShareDbContext>(sp => sp.GetRequiredService<PostgresParkShareDbContext>());
            // Every node reads and writes the one key ring (this runs after the host's file-system default and replaces it).
            builder.Services.AddDataProtection().PersistKeysToDbContext<ParkShareDbContext>();
            builder.Services.AddSingleton(sp => new LotMapCache(sp.GetRequiredService<IDbContextFactory<ParkShareDbContext>>(), sp.GetRequiredService<TimeProvider>())
            {
                Freshness = sp.GetRequiredService<IOptions<ClusterOptions>>().Value.LotVersionTrust,
                OtherNodesHeard = false, // until the relay listens
            });
            builder.Services.AddHostedService<PostgresChangeRelay>();
        }
        else
        {
            builder.Services.AddDbContextFactory<ParkShareDbContext>(o => o
                .UseSqlite(SqliteConnectionString(configured))
                .AddInterceptors(new SqliteConnectionPragmas())
                // The checked-in snapshot is compared with the model by a test; at start it only costs time.
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        }

        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.TryAddSingleton<LotMapCache>();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddSingleton<StartupGate>();
        builder.Services.AddHostedService<DatabaseInitializerService>();
        return builder;
    }

    /// <summary>A relative Data Source is relative to the directory of appsettings.json, not the shell's.</summary>
    internal static string SqliteConnectionString(string configured)
    {
        var csb = new SqliteConnectionStringBuilder(configured);
        if (csb.DataSource is { Length: > 0 } source && source != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = ParkShareHost.ResolvePath(source);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        csb.DefaultTimeout = Math.Max(csb.DefaultTimeout, 30);
        return csb.ToString();
    }
}
