using System.Diagnostics;
using System.Text.Json;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// The fuzz run: a Release host, the fixture, then <c>--requests</c> generated requests split over the
/// surfaces (60 % the OpenAPI operations, 10 % each the WeChat callback, GeoJSON import, photo upload
/// and share token path), four at a time (<c>--workers</c>). <c>--per-operation N</c> sets the total so that
/// every operation gets at least N, the other surfaces keeping their shares; <c>--minutes M</c> stops
/// starting requests after M minutes (the summary then says how far it got). One check per surface (no
/// failure in it), plus the host alive and its database intact afterwards.
/// </summary>
internal static class FuzzRun
{
    public static async Task<int> RunAsync(Options options)
    {
        var total = options.Int("requests", 1000);
        var perOperation = options.Int("per-operation", 0);
        var workerCount = options.Int("workers", 4);
        var deadline = TimeSpan.FromMinutes(options.Double("minutes", 24 * 60));
        var seed = options.Int("seed", Environment.TickCount);
        var failures = Path.GetFullPath(options.Get("failures", "fuzz-failures.txt"));
        Directory.CreateDirectory(Path.GetDirectoryName(failures)!);
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(failures)!, Path.GetFileName(failures) + "*"))
        {
            File.Delete(old);
        }

        var tally = new Tally($"fuzz ({(options.Postgres ? "PostgreSQL" : "SQLite")})");
        await using var host = await Host.CreateAsync(options.Postgres);
        host.LogPath = failures + ".host.log";
        await host.StartAsync();
        using var http = Api.NewClient(TimeSpan.FromSeconds(60));
        var fixture = await FuzzFixture.CreateAsync(http, host);
        using var document = JsonDocument.Parse(await http.GetStringAsync($"{host.BaseUrl}/openapi/v1.json"));
        var operations = Operation.Read(document.RootElement);
        if (perOperation > 0)
        {
            // Six requests in ten are the API's: enough tens that the API's requests give each operation N.
            total = (int)Math.Ceiling((double)perOperation * operations.Count / 6) * 10;
        }

        Console.WriteLine($"fuzz: {total} requests ({ApiShare(total)} on the API over {operations.Count} operations), {workerCount} workers, seed {seed}, failing requests to {failures}");
        var sentPerOperation = new int[operations.Count];
        var oracle = new Oracle(failures);
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var progress = new Timer(_ => Console.WriteLine(
            $"progress at {clock.Elapsed.TotalMinutes:F0} min: {Math.Min(Volatile.Read(ref next) + 1, total)} of {total} requests, per operation min {sentPerOperation.Min()} max {sentPerOperation.Max()}, 5xx {oracle.FiveXx}"),
            null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        var workers = Enumerable.Range(0, workerCount).Select(w => Task.Run(async () =>
        {
            var random = new Random(seed + w);
            var api = new ApiFuzzer(document.RootElement, fixture, host.BaseUrl, oracle, random, sentPerOperation);
            var callback = new CallbackFuzzer(host.BaseUrl, oracle, random);
            var files = new FileFuzzer(fixture, host.BaseUrl, oracle, random);
            int n;
            while (clock.Elapsed < deadline && (n = Interlocked.Increment(ref next)) < total)
            {
                try
                {
                    var request = (n % 10) switch
                    {
                        0 => callback.SendAsync(http),
                        1 => files.GeoJsonAsync(http),
                        2 => files.PhotoAsync(http),
                        3 => files.ShareTokenAsync(http),
                        var tenth => api.SendAsync(http, ((n / 10) * 6) + tenth - 4),
                    };
                    await request;
                }
                catch (HttpRequestException e) when (e.InnerException is IOException)
                {
                    // The host answered a request before its body ended (413 over an endpoint's or Kestrel's limit, 429 or
                    // 503 refused before the body is read) and closed the connection; depending on timing the client sees
                    // the reset while it still sends ("error while copying content") or as the send fails. A host that
                    // died would refuse the next connections (a SocketException, not an IOException), counted as failures.
                    Interlocked.Increment(ref oracle.ClosedWhileUploading);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    tally.Fail($"request {n}: no answer ({e.Message})");
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var requestsSent = Math.Min(next + 1, total);
        var (least, most) = (sentPerOperation.Min(), sentPerOperation.Max());
        Console.WriteLine($"fuzz summary: {requestsSent} of {total} requests in {clock.Elapsed.TotalSeconds:F0} s over {operations.Count} operations" +
            $" ({sentPerOperation.Sum()} on the API, per operation min {least} ({operations[Array.IndexOf(sentPerOperation, least)].Method} {operations[Array.IndexOf(sentPerOperation, least)].Path}) max {most}); 5xx: {oracle.FiveXx}; refused by Kestrel before the application: {oracle.KestrelRejections}; connection closed by the host during a body it refused early: {oracle.ClosedWhileUploading}");
        foreach (var (surface, (sent, failed)) in oracle.Surfaces.OrderBy(s => s.Key))
        {
            Console.WriteLine($"  {surface,-12} {sent,6} sent, {failed} failed");
            tally.Check(failed == 0, $"surface {surface}: {failed} of {sent} requests failed (see {failures})");
        }

        tally.Check(requestsSent == total, $"all {total} requests sent: {requestsSent} before the {deadline.TotalMinutes:F0}-minute limit");
        if (perOperation > 0)
        {
            tally.Check(least >= perOperation, $"every operation got at least {perOperation} requests: min {least}");
        }

        tally.Check((await http.GetAsync($"{host.BaseUrl}/healthz")).IsSuccessStatusCode, "the host answers /healthz after the run");
        if (!host.Postgres)
        {
            using var db = host.OpenDatabase(readOnly: true);
            using var command = db.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var integrity = command.ExecuteScalar()?.ToString();
            tally.Check(integrity == "ok", $"PRAGMA integrity_check after the run: {integrity}");
        }

        return tally.Finish();
    }

    private static int ApiShare(int total) => (total / 10 * 6) + Math.Clamp((total % 10) - 4, 0, 6);
}
