using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Reliability.Soak;

/// <summary>
/// What an open console circuit costs the host: fills the demo lot with live reservations (so the page
/// shows a full table, as after the soak), opens <c>--count</c> console pages one after another in one
/// Chromium and keeps them open, then reads the host's live managed heap after a forced full collection
/// (GET /bench/memory) and its RSS, before and after. Prints both per circuit.
/// </summary>
internal static class CircuitsRun
{
    public static async Task<int> RunAsync(Options options)
    {
        var count = Math.Max(1, options.Int("count", 200));
        var page = options.Get("page", "reservations");
        await using var host = await Host.CreateAsync(options.Postgres, "--Bench:MemoryEndpoint=true");
        await host.StartAsync();
        using var http = Api.NewClient(TimeSpan.FromSeconds(120));
        var lot = await Api.DemoLotAsync(http, host.BaseUrl);
        var start = DateTimeOffset.UtcNow.AddHours(2);
        var reserved = 0;
        foreach (var (spaceId, _, reservable) in lot.Spaces.Where(s => s.Reservable).Take(60))
        {
            var token = await Api.SignInAsync(http, host.BaseUrl);
            using var request = Api.Request(HttpMethod.Post, $"{host.BaseUrl}/api/mp/reservations", token, new { spaceId, startsAt = start, endsAt = start.AddHours(1) });
            reserved += (await http.SendAsync(request)).IsSuccessStatusCode ? 1 : 0;
        }

        // --page reservations (default) or another page of the demo lot; a path starting with / as it is ("/" is the lots list).
        var url = page.StartsWith('/') ? host.BaseUrl + page : page == "lot" ? $"{host.BaseUrl}/console/lots/{lot.LotId}" : $"{host.BaseUrl}/console/lots/{lot.LotId}/{page}";
        var cookie = await Api.ConsoleCookieAsync(host.BaseUrl);
        await using var browser = await ConsoleBrowser.StartAsync(host.BaseUrl, cookie);
        var first = await browser.OpenAsync(url); // warm-up: the first page pays for JIT and the lot map cache
        if (options.Get("screenshot", string.Empty) is { Length: > 0 } shot)
        {
            await first.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = shot, FullPage = true });
        }

        if (options.Get("html", string.Empty) is { Length: > 0 } html)
        {
            await File.WriteAllTextAsync(html, await first.ContentAsync());
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var dumps = options.Get("gcdump", string.Empty);
        await GcDumpAsync(dumps, host.Pid, "before");
        var before = await MemoryAsync(http, host.BaseUrl);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await browser.OpenAsync(url);
        }

        var opened = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(10));
        var after = await MemoryAsync(http, host.BaseUrl);
        Console.WriteLine($"circuits: {count} more console pages ({url[host.BaseUrl.Length..]}, {reserved} live reservations in the lot) opened in {opened.TotalSeconds:F0} s");
        Console.WriteLine($"managed heap after a full collection: {before.Managed / 1024} → {after.Managed / 1024} kB, {(after.Managed - before.Managed) / 1024.0 / count:F0} kB per circuit");
        await GcDumpAsync(dumps, host.Pid, "after");
        Console.WriteLine($"RSS: {before.Rss / 1024 / 1024} → {after.Rss / 1024 / 1024} MB, {(after.Rss - before.Rss) / 1024.0 / count:F0} kB per circuit; threads {before.Threads} → {after.Threads}");
        if (options.Int("hold", 0) is var hold and > 0)
        {
            Console.WriteLine($"holding the circuits open for {hold} s: host pid {host.Pid}");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }

        return 0;
    }

    /// <summary>
    /// With --gcdump DIR: a dotnet-gcdump heap snapshot of the host into DIR/{name}.gcdump, taken before the first
    /// memory reading and after the last, so `dotnet-gcdump report` of the two names what the circuits hold.
    /// </summary>
    private static async Task GcDumpAsync(string directory, int pid, string name)
    {
        if (directory.Length == 0)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var tool = Environment.GetEnvironmentVariable("PARKSHARE_GCDUMP") is { Length: > 0 } t
            ? t
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        using var process = Process.Start(new ProcessStartInfo(tool)
        {
            ArgumentList = { "collect", "-p", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", Path.Combine(directory, name + ".gcdump") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{tool} did not start");
        await process.WaitForExitAsync();
        Console.WriteLine($"gcdump {name}: {(process.ExitCode == 0 ? Path.Combine(directory, name + ".gcdump") : "failed: " + await process.StandardError.ReadToEndAsync())}");
    }

    private static async Task<(long Managed, long Rss, int Threads)> MemoryAsync(HttpClient http, string baseUrl)
    {
        var m = await http.GetFromJsonAsync<JsonElement>($"{baseUrl}/bench/memory");
        return (m.GetProperty("managedBytes").GetInt64(), m.GetProperty("rssBytes").GetInt64(), m.GetProperty("threads").GetInt32());
    }
}
