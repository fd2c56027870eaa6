using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Runs the real ParkShare.Web build output as its own process on a free Kestrel port, with a
/// fresh SQLite file, as Production with explicit settings: the sandbox allowed and the first
/// administrator's own password, as an operator gives them; stops it and deletes the data afterwards.
/// </summary>
public sealed class HostProcess : IAsyncLifetime
{
    private readonly string _dataDirectory;
    private readonly bool _ownsData;
    private readonly IReadOnlyList<string> _arguments;
    private Process? _process;
    private readonly System.Text.StringBuilder _log = new();

    public HostProcess()
        : this(Path.Combine(Path.GetTempPath(), "parkshare-e2e", Guid.NewGuid().ToString("N")), ownsData: true)
    {
    }

    /// <summary>A host on a given data folder; several hosts may share one SQLite file.</summary>
    internal HostProcess(string dataDirectory, bool ownsData, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _dataDirectory = dataDirectory;
        _ownsData = ownsData;
        _arguments = [.. (settings ?? new Dictionary<string, string?>()).Select(s => $"--{s.Key}={s.Value}")];
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The host's process id, e.g. to read its memory from /proc.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The host's SQLite file, for tests that set up data the console cannot make yet.</summary>
    public string DatabasePath => Path.Combine(_dataDirectory, "parkshare.db");

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var root = Web.Localization.StringTablesTests.RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(root, "ParkShare.Web", "bin", configuration, "net10.0", "ParkShare.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                dll,
                "--urls", BaseUrl,
                $"--ConnectionStrings:ParkShare=Data Source={Path.Combine(_dataDirectory, "parkshare.db")}",
                "--RateLimits:RefinePerMinute=0",
                "--WeChat:AllowSandboxInProduction=true",
                $"--Console:AdminEmail={StaffConsole.AdminEmail}",
                $"--Console:AdminPassword={StaffConsole.AdminPassword}",
            },
            WorkingDirectory = _dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var up = await Eventually.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Log}");
                }

                try
                {
                    return (await http.GetAsync($"{BaseUrl}/healthz")).StatusCode == HttpStatusCode.OK;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(200));
        if (up)
        {
            return;
        }

        throw new TimeoutException($"The host did not answer /healthz within 90 s:\n{Log}");
    }

    /// <summary>Stops the host the hard way (SIGKILL on Linux): no shutdown, no flush, nothing committed after this.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_ownsData)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
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
