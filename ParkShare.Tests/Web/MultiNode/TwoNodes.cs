using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Tests.E2E;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// Two host processes (two nodes) on one database: a PostgreSQL database of their own when the tests
/// run on PostgreSQL, else one SQLite file; both start together, so migration and seeding race too.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly string? _postgres;

    private TwoNodes(HostProcess a, HostProcess b, string? postgres)
    {
        A = a;
        B = b;
        _postgres = postgres;
    }

    public HostProcess A { get; }

    public HostProcess B { get; }

    public static async Task<TwoNodes> StartAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "parkshare-two-nodes", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>());
        string? postgres = null;
        if (TestDatabases.IsPostgres)
        {
            postgres = await TestDatabases.CreateEmptyPostgresAsync();
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:ParkShare"] = postgres;
        }

        var nodes = new TwoNodes(new HostProcess(data, ownsData: true, settings), new HostProcess(data, ownsData: false, settings), postgres);
        try
        {
            await Task.WhenAll(nodes.A.InitializeAsync(), nodes.B.InitializeAsync());
        }
        catch
        {
            await nodes.DisposeAsync();
            throw;
        }

        return nodes;
    }

    public string Logs => $"--- A:\n{A.Log}\n--- B:\n{B.Log}";

    /// <summary>A context on the nodes' database, for setting up or checking rows no API writes or shows.</summary>
    public ParkShareDbContext CreateDbContext() => _postgres is { } connectionString
        ? TestDatabases.NewPostgresContext(connectionString)
        : new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={A.DatabasePath};Default Timeout=30").Options);

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        if (_postgres is { } connectionString)
        {
            await TestDatabases.DropPostgresAsync(connectionString);
        }
    }
}
