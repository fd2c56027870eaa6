using System.Diagnostics;

namespace ParkShare.Reliability.Soak;

/// <summary>
/// The soak: mixed traffic at a fixed rate (drivers, friends, sensors, one console page with live
/// updates) for <c>--minutes</c>; samples the host's RSS, threads and SQLite WAL every 5 s, prints the
/// slopes after the warm-up (the first fifth, at least 30 s), and checks errors = 0, RSS and threads flat,
/// the WAL bounded. With <c>--circuits N</c> it then opens N console pages and reports the memory each costs.
/// </summary>
internal static class SoakRun
{
    public static async Task<int> RunAsync(Options options)
    {
        var minutes = options.Double("minutes", 3);
        var rate = options.Double("rate", 20);
        var circuits = options.Int("circuits", 0);
        var seed = options.Int("seed", Environment.TickCount);
        // Amplifiers for hunting a rare error: more drivers, another mix of actors, and an early stop at the first 5xx.
        var driverCount = options.Int("drivers", 20);
        var mix = options.Get("mix", "5,3,2").Split(',').Select(int.Parse).ToArray();
        var stopOn5xx = options.Int("stop-on-5xx", 0) == 1;
        var name = options.Postgres ? "PostgreSQL" : "SQLite";
        var tally = new Tally($"soak ({name})");
        Console.WriteLine($"soak: {minutes} min at {rate} requests/s, provider {name}, seed {seed}, {driverCount} drivers, mix driver/friend/sensor {string.Join('/', mix)}");
        // All friends come from one loopback address here; real ones come from many, so the per-client limits are raised.
        await using var host = await Host.CreateAsync(options.Postgres, "--Sharing:MissesPerClientPerMinute=1000000", "--Sharing:ViewsPerLinkPerMinute=1000000", "--RateLimits:OccupancyBatchesPerMinute=0");
        // The host's warnings and errors are kept: an error answer is then explained by the exception behind it.
        host.LogPath = options.Get("host-log", Path.Combine("test-artifacts", "soak", $"{(options.Postgres ? "postgres" : "sqlite")}.host.log"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(host.LogPath))!);
        File.Delete(host.LogPath);
        await host.StartAsync();
        using var http = Api.NewClient(TimeSpan.FromSeconds(30));
        var lot = await Api.DemoLotAsync(http, host.BaseUrl);
        var drivers = new List<string>();
        for (var i = 0; i < driverCount; i++)
        {
            drivers.Add(await Api.SignInAsync(http, host.BaseUrl));
        }

        var traffic = new SoakTraffic(http, host.BaseUrl, lot, await Fuzz.FuzzFixture.SensorKeyAsync(host, Guid.Parse(lot.LotId)), drivers, mix);
        // --console 0 leaves the browser out (test.sh --fast runs where Chromium is not installed).
        var cookie = await Api.ConsoleCookieAsync(host.BaseUrl);
        await using var browser = options.Int("console", 1) == 0 ? null : await ConsoleBrowser.StartAsync(host.BaseUrl, cookie);
        var live = browser is null ? null : await browser.OpenAsync($"{host.BaseUrl}/console/lots/{lot.LotId}/reservations");

        var duration = TimeSpan.FromMinutes(minutes);
        var warmUp = TimeSpan.FromSeconds(Math.Max(60, duration.TotalSeconds / 5));
        var samples = new List<(double Minute, long RssKb, int Threads, long WalKb)>();
        var load = new List<double>(); // the machine's 1-minute load average, as uptime prints it
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var inFlight = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / rate);
        var nextSample = TimeSpan.Zero;
        long sent = 0;
        while (clock.Elapsed < duration && !(stopOn5xx && traffic.ServerErrors > 0))
        {
            // Fixed rate: request n starts at n × interval, whatever the answers take (open loop).
            var due = TimeSpan.FromTicks(interval.Ticks * sent);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            inFlight.Add(traffic.StepAsync(random));
            sent++;
            if (sent % 200 == 0)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
            }

            if (clock.Elapsed >= nextSample)
            {
                var (rss, threads) = host.Sample();
                var wal = host.Postgres ? 0 : new FileInfo(host.DatabasePath + "-wal") is { Exists: true } f ? f.Length / 1024 : 0;
                samples.Add((clock.Elapsed.TotalMinutes, rss, threads, wal));
                load.Add(double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
                nextSample += TimeSpan.FromSeconds(5);
                if (samples.Count % 60 == 0)
                {
                    Console.WriteLine($"progress at {clock.Elapsed.TotalMinutes:F0} min: {traffic.Requests} requests, errors {traffic.Errors} (5xx {traffic.ServerErrors}), RSS {rss / 1024} MB, threads {threads}, load {load[^1]:F1}");
                }
            }
        }

        await Task.WhenAll(inFlight);
        var after = samples.Where(s => s.Minute >= warmUp.TotalMinutes).ToList();
        var rssSlope = Slope(after.Select(s => (s.Minute, s.RssKb / 1024.0)));
        var threadSlope = Slope(after.Select(s => (s.Minute, (double)s.Threads)));
        var rssGrowth = (after[^1].RssKb - after[0].RssKb) / 1024.0;
        Console.WriteLine($"soak summary ({name}): {traffic.Requests} requests in {clock.Elapsed.TotalMinutes:F1} min ({traffic.Requests / clock.Elapsed.TotalSeconds:F1}/s), errors {traffic.Errors} (5xx {traffic.ServerErrors})");
        var sortedLoad = load.Order().ToList();
        Console.WriteLine($"  machine load (1-minute average, every 5 s): min {sortedLoad[0]:F1}, median {sortedLoad[sortedLoad.Count / 2]:F1}, max {sortedLoad[^1]:F1}");
        Console.WriteLine($"  after warm-up ({warmUp.TotalSeconds:F0} s): RSS {after[0].RssKb / 1024} → {after[^1].RssKb / 1024} MB (max {after.Max(s => s.RssKb) / 1024}), slope {rssSlope:F2} MB/min; threads {after[0].Threads} → {after[^1].Threads} (max {after.Max(s => s.Threads)}), slope {threadSlope:F2}/min");
        if (!host.Postgres)
        {
            Console.WriteLine($"  WAL: max {samples.Max(s => s.WalKb)} kB, at the end {samples[^1].WalKb} kB, slope after warm-up {Slope(after.Select(s => (s.Minute, s.WalKb / 1024.0))):F2} MB/min");
            tally.Check(samples.Max(s => s.WalKb) <= 64 * 1024, $"WAL stays bounded by checkpoints: max {samples.Max(s => s.WalKb)} kB");
        }

        tally.Check(traffic.Errors == 0, $"errors = {traffic.Errors}");
        // A few minutes after warm-up are too short for a slope to mean much (the GC's heap still settles): the
        // smoke run checks the growth; runs with at least 10 minutes after warm-up also check the slope.
        var window = after[^1].Minute - after[0].Minute;
        tally.Check(rssGrowth < 64 && (window < 10 || rssSlope < 2), $"RSS flat after warm-up: grew {rssGrowth:F0} MB over {window:F1} min, slope {rssSlope:F2} MB/min");
        tally.Check(after[^1].Threads - after[0].Threads < 20, $"threads flat after warm-up: {after[0].Threads} → {after[^1].Threads}");
        if (live is not null)
        {
            tally.Check(await live.Locator("[data-interactive=true]").CountAsync() > 0 && !await live.Locator("#components-reconnect-modal.components-reconnect-show").IsVisibleAsync(),
                "the live console page is still connected");
        }

        if (circuits > 0 && browser is not null)
        {
            await MeasureCircuitsAsync(host, browser, $"{host.BaseUrl}/console/lots/{lot.LotId}/reservations", circuits);
        }

        return tally.Finish();
    }

    private static async Task MeasureCircuitsAsync(Host host, ConsoleBrowser browser, string url, int count)
    {
        await Task.Delay(TimeSpan.FromSeconds(10));
        var (before, _) = host.Sample();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await browser.OpenAsync(url);
        }

        await Task.Delay(TimeSpan.FromSeconds(15));
        var (after, threads) = host.Sample();
        Console.WriteLine($"circuits: {count} console pages ({url[url.IndexOf("/console", StringComparison.Ordinal)..]}) opened in {clock.Elapsed.TotalSeconds:F0} s; host RSS {before / 1024} → {after / 1024} MB, {(after - before) / (double)count:F0} kB per circuit; threads {threads}");
    }

    private static double Slope(IEnumerable<(double X, double Y)> points)
    {
        var p = points.ToList();
        if (p.Count < 2)
        {
            return 0;
        }

        var mx = p.Average(q => q.X);
        var my = p.Average(q => q.Y);
        var den = p.Sum(q => (q.X - mx) * (q.X - mx));
        return den == 0 ? 0 : p.Sum(q => (q.X - mx) * (q.Y - my)) / den;
    }
}
