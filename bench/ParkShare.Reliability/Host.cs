using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParkShare.Reliability;

/// <summary>
/// The Release build of ParkShare.Web as its own process on a free loopback port, on a fresh SQLite
/// file or a fresh PostgreSQL database (on the server PARKSHARE_TEST_POSTGRES names); restartable on
/// the same data after a SIGKILL; deleted at the end.
/// </summary>
internal sealed class Host : IAsyncDisposable
{
    public const string AdminEmail = "reliability@parkshare.local";
    public const string AdminPassword = "Reliability-Admin-Pass-2026";
    private readonly string[] _extra;
    private readonly string _connectionString;
    private Process? _process;
    private readonly Queue<string> _tail = new();

    private Host(bool postgres, string dataDirectory, string connectionString, string[] extra)
    {
        Postgres = postgres;
        DataDirectory = dataDirectory;
        _connectionString = connectionString;
        _extra = extra;
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
    }

    public bool Postgres { get; }

    public string DataDirectory { get; }

    public string BaseUrl { get; }

    /// <summary>Where the host's whole output goes (besides the tail kept in memory); none when null.</summary>
    public string? LogPath { get; set; }

    public string ConnectionString => _connectionString;

    public int Pid => _process?.Id ?? 0;

    public string DatabasePath => Path.Combine(DataDirectory, "parkshare.db");

    public string LogTail
    {
        get
        {
            lock (_tail)
            {
                return string.Join('\n', _tail);
            }
        }
    }

    public static async Task<Host> CreateAsync(bool postgres, params string[] extra)
    {
        var data = Path.Combine(Path.GetTempPath(), "parkshare-rel", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var connection = $"Data Source={Path.Combine(data, "parkshare.db")}";
        if (postgres)
        {
            var server = Environment.GetEnvironmentVariable("PARKSHARE_TEST_POSTGRES")
                ?? throw new InvalidOperationException("PARKSHARE_TEST_POSTGRES is not set: source .ci/postgres.sh and call postgres_start first.");
            var name = $"parkshare_rel_{Guid.NewGuid():N}";
            await using (var c = new NpgsqlConnection(server + ";Pooling=false"))
            {
                await c.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
                await cmd.ExecuteNonQueryAsync();
            }

            connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        return new Host(postgres, data, connection, extra);
    }

    public static string WebDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParkShare.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("ParkShare.sln not found above the harness"), "ParkShare.Web", "bin", "Release", "net10.0", "ParkShare.Web.dll");
    }

    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                WebDll(), "--urls", BaseUrl,
                $"--ConnectionStrings:ParkShare={_connectionString}",
                $"--Database:Provider={(Postgres ? "Postgres" : "Sqlite")}",
                "--RateLimits:RefinePerMinute=0",
                "--WeChat:AllowSandboxInProduction=true",
                $"--Console:AdminEmail={AdminEmail}",
                $"--Console:AdminPassword={AdminPassword}",
                "--Logging:LogLevel:Default=Warning",
            },
            WorkingDirectory = DataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in _extra)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var started = _process;
        // A harness stopped by timeout (SIGTERM) takes its host with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                started.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (timeout ?? TimeSpan.FromSeconds(240)))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{LogTail}");
            }

            try
            {
                // The console sign-in page answers only once seeding is done (the start-up gate).
                if ((await http.GetAsync($"{BaseUrl}/Account/Login")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the host did not answer within {timeout ?? TimeSpan.FromSeconds(240)}:\n{LogTail}");
    }

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public DbConnection OpenDatabase(bool readOnly = false)
    {
        DbConnection c = Postgres
            ? new NpgsqlConnection(_connectionString + ";Pooling=false")
            : new SqliteConnection($"Data Source={DatabasePath};Pooling=False{(readOnly ? ";Mode=ReadOnly" : string.Empty)}");
        c.Open();
        return c;
    }

    /// <summary>Resident set and thread count of the host process, from /proc.</summary>
    public (long RssKb, int Threads) Sample()
    {
        long rss = 0;
        var threads = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            }
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
            {
                threads = int.Parse(line.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            }
        }

        return (rss, threads);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(_connectionString).Database;
            await using var c = new NpgsqlConnection(Environment.GetEnvironmentVariable("PARKSHARE_TEST_POSTGRES") + ";Pooling=false");
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
            await cmd.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            if (LogPath is not null)
            {
                File.AppendAllText(LogPath, line + "\n");
            }

            _tail.Enqueue(line);
            while (_tail.Count > 60)
            {
                _tail.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
