using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ParkShare.Tests.Support;

/// <summary>
/// A PostgreSQL server of one test's own (initdb into a temporary folder, pg_ctl on a free loopback
/// port, as the postgres user when the tests run as root, as .ci/postgres.sh does), for tests that
/// restart or stop the server, which the shared test server must never see.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;

    private PrivatePostgres(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = database, Username = "parkshare" }.ConnectionString;

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("PARKSHARE_TEST_PGBIN") is { Length: > 0 } configured ? configured
            : Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).First(d => File.Exists(Path.Combine(d, "pg_ctl")));
        var directory = Directory.CreateTempSubdirectory("parkshare-pg-private.").FullName;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            var server = new PrivatePostgres(bin, directory, ((IPEndPoint)listener.LocalEndpoint).Port);
            listener.Stop();
            await server.StartClusterAsync();
            return server;
        }
    }

    /// <summary>pg_ctl restart -m fast: every connection is cut, the server is down for a moment and comes back.</summary>
    public Task RestartAsync() => PgCtlAsync("restart", "-m", "fast", "-w", "-t", "60");

    public async ValueTask DisposeAsync()
    {
        await PgCtlAsync("stop", "-m", "immediate");
        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartClusterAsync()
    {
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres:postgres", _directory);
        }

        await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", Data, "-U", "parkshare", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        await File.AppendAllTextAsync(Path.Combine(Data, "postgresql.conf"),
            $"listen_addresses = '127.0.0.1'\nport = {Port}\nunix_socket_directories = '{_directory}'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
        await PgCtlAsync("start", "-w", "-t", "60");
    }

    private string Data => Path.Combine(_directory, "data");

    private Task PgCtlAsync(params string[] arguments) =>
        RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-l", Path.Combine(_directory, "server.log"), .. arguments]);

    private static Task RunAsPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
