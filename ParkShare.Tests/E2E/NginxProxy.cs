using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Debian's nginx in front of several hosts, started on a free loopback port with a configuration of its own in a
/// temporary folder (its pid file, logs and buffers there too), as docs/deploy.md sets it up: round robin for the
/// stateless paths (/api, /s, /wechat, /healthz), sticky by a cookie nginx sets itself for everything else (the
/// console's pages and its Blazor circuit, WebSocket upgrade included). The access log names the node that served
/// each request.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    /// <summary>Debian's nginx unless PARKSHARE_NGINX names another executable.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PARKSHARE_NGINX") is { Length: > 0 } path ? path : "/usr/sbin/nginx";

    private readonly string _directory;
    private readonly Process _process;

    private NginxProxy(string directory, string baseUrl, Process process)
    {
        _directory = directory;
        BaseUrl = baseUrl;
        _process = process;
    }

    public string BaseUrl { get; }

    /// <summary>Requests nginx has finished, one per access-log line: method, path, status and the upstream that answered.</summary>
    public IReadOnlyList<(string Method, string Path, int Status, string Upstream)> Requests
    {
        get
        {
            var log = Path.Combine(_directory, "access.log");
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).Select(f => (f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3]))];
        }
    }

    /// <summary>nginx's own error log, for failure messages.</summary>
    public string ErrorLog => File.Exists(Path.Combine(_directory, "error.log")) ? File.ReadAllText(Path.Combine(_directory, "error.log")) : string.Empty;

    /// <summary>Writes the configuration for <paramref name="upstreams"/> (host:port each) and starts nginx in the foreground.</summary>
    public static async Task<NginxProxy> StartAsync(IReadOnlyList<string> upstreams)
    {
        var directory = Path.Combine(Path.GetTempPath(), "parkshare-nginx", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var port = FreePort();
        var configuration = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(configuration, Configuration(directory, port, upstreams));
        var start = new ProcessStartInfo(ExecutablePath)
        {
            // -e: the error log before the configuration is read (Debian's default is under /var/log).
            ArgumentList = { "-p", directory + "/", "-c", configuration, "-e", Path.Combine(directory, "error.log") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProxy(directory, $"http://127.0.0.1:{port}", process);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var up = await Eventually.TrueAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    return true;
                }

                try
                {
                    return (await http.GetAsync($"{proxy.BaseUrl}/healthz")).StatusCode == HttpStatusCode.OK;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100));
        if (up && !process.HasExited)
        {
            return proxy;
        }

        var error = proxy.ErrorLog;
        await proxy.DisposeAsync();
        throw new InvalidOperationException($"nginx did not answer /healthz on port {port}:\n{error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // A fast shutdown through nginx's own signal (its workers go with it); killing the tree is the fallback.
            using (var stop = Process.Start(new ProcessStartInfo(ExecutablePath) { ArgumentList = { "-p", _directory + "/", "-c", Path.Combine(_directory, "nginx.conf"), "-e", Path.Combine(_directory, "error.log"), "-s", "stop" } }))
            {
                await stop!.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Configuration(string directory, int port, IReadOnlyList<string> upstreams)
    {
        var servers = string.Concat(upstreams.Select(u => $"        server {u};\n"));
        // As root the master hands requests to workers running as "nobody", who could not write the buffers here.
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        return $$"""
            {{user}}worker_processes 1;
            daemon off;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 512; }
            http {
                log_format nodes '$request_method $uri $status $upstream_addr';
                access_log {{directory}}/access.log nodes;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;

                # A client without the node cookie is placed by its first request's id, and told that id as its cookie.
                map $cookie_parkshare_node $parkshare_node {
                    ""      $request_id;
                    default $cookie_parkshare_node;
                }

                map $cookie_parkshare_node $parkshare_node_cookie {
                    ""      "parkshare_node=$request_id; Path=/; HttpOnly; SameSite=Lax";
                    default "";
                }

                map $http_upgrade $connection_upgrade {
                    default upgrade;
                    ""      close;
                }

                upstream parkshare_api {
            {{servers}}    }

                upstream parkshare_console {
                    hash $parkshare_node consistent;
            {{servers}}    }

                server {
                    listen 127.0.0.1:{{port}};
                    client_max_body_size 12m;

                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;

                    location /api/    { proxy_pass http://parkshare_api; }
                    location /s/      { proxy_pass http://parkshare_api; }
                    location /wechat/ { proxy_pass http://parkshare_api; }
                    location /healthz { proxy_pass http://parkshare_api; }

                    location / {
                        proxy_pass http://parkshare_console;
                        proxy_http_version 1.1;
                        # proxy_set_header here replaces the server's list, so it is repeated whole.
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_read_timeout 1h;
                        add_header Set-Cookie $parkshare_node_cookie always;
                    }
                }
            }
            """;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
