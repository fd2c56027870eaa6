using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Reliability.Crash;

/// <summary>
/// The crash run: drivers write through the API while the host is SIGKILLed at a random moment (1–4 s
/// after the restarted host acknowledged its first write of the cycle, so it is busy writing), then
/// the database is checked as the crash left it and the host restarted on it; at the end every
/// acknowledged record and reservation is read back through the API and compared.
/// </summary>
internal static class CrashRun
{
    public static async Task<int> RunAsync(Options options)
    {
        var cycles = options.Int("cycles", 100);
        var drivers = options.Int("drivers", 4);
        var seed = options.Int("seed", Environment.TickCount);
        var random = new Random(seed);
        var tally = new Tally($"crash ({(options.Postgres ? "PostgreSQL" : "SQLite")})");
        Console.WriteLine($"crash: {cycles} cycles, {drivers} drivers, seed {seed}, provider {(options.Postgres ? "PostgreSQL" : "SQLite")}");
        await using var host = await Host.CreateAsync(options.Postgres, "--Push:PollInterval=00:00:00.200", "--Push:BaseBackoff=00:00:00.200");
        await host.StartAsync();
        using var http = Api.NewClient(TimeSpan.FromSeconds(20));
        var lot = await Api.DemoLotAsync(http, host.BaseUrl);

        // Each driver has one bound friend, chosen on every record, so every write has outbox messages.
        List<(string Token, string FriendId)> pairs = [];
        for (var i = 0; i < drivers; i++)
        {
            var token = await Api.SignInAsync(http, host.BaseUrl);
            var friend = await Api.SignInAsync(http, host.BaseUrl);
            using var invite = await http.SendAsync(Api.Request(HttpMethod.Post, $"{host.BaseUrl}/api/mp/bindings/invites", token));
            var code = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
            using var accepted = await http.SendAsync(Api.Request(HttpMethod.Post, $"{host.BaseUrl}/api/mp/bindings/accept", friend, new { invite = code }));
            accepted.EnsureSuccessStatusCode();
            var bindings = await (await http.SendAsync(Api.Request(HttpMethod.Get, $"{host.BaseUrl}/api/mp/bindings", token))).Content.ReadFromJsonAsync<JsonElement>();
            pairs.Add((token, bindings.GetProperty("items")[0].GetProperty("otherDriverId").GetString()!));
        }

        var ledger = new Ledger();
        var workers = pairs.Select((p, i) => new CrashWorker(i, p.Token, p.FriendId, lot, ledger, tally, new Random(seed + i))).ToList();
        var clock = Stopwatch.StartNew();
        var perCycle = new CycleFigures();
        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            using var stop = new CancellationTokenSource();
            var ackedBefore = ledger.AckedWrites;
            var ready = Stopwatch.StartNew();
            var running = workers.Select(w => Task.Run(() => w.RunAsync(http, host.BaseUrl, stop.Token))).ToList();

            // The kill moment counts from the cycle's first acknowledged write, so every kill meets a host
            // that is up and busy writing, however slowly the restart went under load.
            var firstAck = await FirstAcknowledgedAsync(ledger, ackedBefore, running, TimeSpan.FromSeconds(120));
            if (firstAck)
            {
                perCycle.FirstAck.Add(ready.Elapsed.TotalSeconds);
            }
            else
            {
                Console.WriteLine($"cycle {cycle}: no write acknowledged within {ready.Elapsed.TotalSeconds:F0} s of the host being ready; killed anyway");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(1000 + random.Next(3000)));
            await host.KillAsync();
            stop.Cancel();
            try
            {
                await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                tally.Fail($"cycle {cycle}: a driver did not notice the kill within 30 s");
            }

            perCycle.Acked.Add(ledger.AckedWrites - ackedBefore);
            using (var db = host.OpenDatabase(readOnly: true))
            {
                CrashChecker.Check(db, !host.Postgres, ledger, tally, $"cycle {cycle}");
            }

            await host.StartAsync();
            if (cycle % 10 == 0 || cycle == cycles)
            {
                Console.WriteLine($"cycle {cycle}: {ledger.AckedWrites} acknowledged writes ({perCycle.Describe()}), {ledger.RefusedWrites} refused, {ledger.Records.Count} records, {ledger.Reservations.Count} reservations, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        await ReadBackAsync(http, host.BaseUrl, pairs, ledger, tally);
        await Task.Delay(TimeSpan.FromSeconds(3));
        using (var db = host.OpenDatabase())
        {
            CrashChecker.Check(db, !host.Postgres, ledger, tally, "end");
            PendingAfterRestart(db, tally);
        }

        Console.WriteLine($"crash summary: cycles {cycles}, acknowledged writes {ledger.AckedWrites} ({perCycle.Describe()}), refused {ledger.RefusedWrites}, records {ledger.Records.Count}, reservations {ledger.Reservations.Count}, acknowledged lost {CrashChecker.Totals.Lost}, duplicates {CrashChecker.Totals.Duplicates}, {clock.Elapsed.TotalSeconds:F0} s");
        return tally.Finish();
    }

    /// <summary>
    /// Waits until a write of this cycle is acknowledged; false when none is within the bound or every
    /// driver has stopped (each stops at a request without an answer, such as a client timeout).
    /// </summary>
    private static async Task<bool> FirstAcknowledgedAsync(Ledger ledger, int ackedBefore, List<Task> running, TimeSpan bound)
    {
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref ledger.AckedWrites) == ackedBefore)
        {
            if (waited.Elapsed > bound || running.All(t => t.IsCompleted))
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    /// <summary>After the last restart the dispatcher has had time to send: nothing should stay Dead.</summary>
    private static void PendingAfterRestart(System.Data.Common.DbConnection db, Tally tally)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"OutboxMessages\" WHERE \"State\" = 'Dead'";
        var dead = Convert.ToInt64(command.ExecuteScalar());
        tally.Check(dead == 0, $"end: {dead} outbox messages dead");
    }

    /// <summary>Every acknowledged record and reservation, read back through the API after the last restart, as the client last saw it.</summary>
    private static async Task ReadBackAsync(HttpClient http, string baseUrl, List<(string Token, string FriendId)> pairs, Ledger ledger, Tally tally)
    {
        List<string> wrong = [];
        foreach (var w in ledger.Records.Where(r => r.Created == Outcome.Acked))
        {
            using var response = await http.SendAsync(Api.Request(HttpMethod.Get, $"{baseUrl}/api/mp/records/{w.Id}", pairs[w.Driver].Token));
            if (!response.IsSuccessStatusCode)
            {
                wrong.Add($"record {w.Id}: {(int)response.StatusCode}");
                continue;
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var ended = body.GetProperty("endedAt").ValueKind != JsonValueKind.Null;
            if (body.GetProperty("note").GetString() != w.OpId || !w.AllowedCodes().Contains(body.GetProperty("spaceCode").GetString()!) || (w.Ended == Outcome.Acked && !ended))
            {
                wrong.Add($"record {w.Id}: {body}");
            }
        }

        foreach (var w in ledger.Reservations.Where(r => r.Created == Outcome.Acked))
        {
            using var response = await http.SendAsync(Api.Request(HttpMethod.Get, $"{baseUrl}/api/mp/reservations/{w.Id}", pairs[w.Driver].Token));
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            if (!response.IsSuccessStatusCode || body.GetProperty("startsAt").GetDateTimeOffset() != w.StartsAt || body.GetProperty("endsAt").GetDateTimeOffset() != w.EndsAt)
            {
                wrong.Add($"reservation {w.Id}: {(int)response.StatusCode}");
            }
        }

        tally.Check(wrong.Count == 0, $"read back through the API: {wrong.Count} differ ({string.Join("; ", wrong.Take(5))})");
    }
}
