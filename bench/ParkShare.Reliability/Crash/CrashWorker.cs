using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Reliability.Crash;

/// <summary>
/// One driver's loop: reserve (sometimes cancel), park with a bound friend chosen, correct the position
/// once or twice, share, end. Every answer goes into the ledger; the loop stops at the first request
/// without an answer (the host was killed).
/// </summary>
internal sealed class CrashWorker(int index, string token, string friendId, DemoLot lot, Ledger ledger, Tally tally, Random random)
{
    /// <summary>Codes as drivers type them; the Chinese one is the space B2-C-020 (see <see cref="RecordLedger.Canonical"/>).</summary>
    private static readonly string[] Codes = ["B2-C-017", "B2-C-018", "B2-C-019", "B1-A-001", "B1-A-002", "B3-F-010", "B2-A-005", "负二层C区20号"];
    private RecordLedger? _open;
    private int _ops;

    public async Task RunAsync(HttpClient http, string baseUrl, CancellationToken stop)
    {
        try
        {
            await ResyncAsync(http, baseUrl);
            while (!stop.IsCancellationRequested)
            {
                await ReserveAsync(http, baseUrl);
                await ParkAsync(http, baseUrl);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException or System.Net.Sockets.SocketException)
        {
            // The host is gone: the write in flight stays Unknown.
        }
    }

    /// <summary>After a restart: a record left open by a write without an answer is ended (an acknowledged end).</summary>
    private async Task ResyncAsync(HttpClient http, string baseUrl)
    {
        using var response = await http.SendAsync(Api.Request(HttpMethod.Get, $"{baseUrl}/api/mp/records/current", token));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        var current = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = current.GetProperty("id").GetGuid();
        var note = current.GetProperty("note").GetString();
        RecordLedger? known;
        lock (ledger.Gate)
        {
            known = ledger.Records.FirstOrDefault(r => r.Id == id || r.OpId == note);
            if (known is not null)
            {
                known.Id = id;
            }
        }

        tally.Check(known is not null, $"driver {index}: current record {id} (note {note}) was never written by the client");
        if (known is not null)
        {
            await EndAsync(http, baseUrl, known);
        }
    }

    private async Task ReserveAsync(HttpClient http, string baseUrl)
    {
        var reservable = lot.Spaces.Where(s => s.Reservable).Take(6).ToList();
        var space = reservable[random.Next(reservable.Count)];
        var start = DateTimeOffset.UtcNow.AddMinutes(30 + (random.Next(40) * 15));
        start = new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, TimeSpan.Zero);
        var entry = new ReservationLedger(OpId("v"), index, space.Id, start, start.AddMinutes(30 + (random.Next(4) * 15)));
        lock (ledger.Gate)
        {
            ledger.Reservations.Add(entry);
        }

        var body = new { spaceId = space.Id, startsAt = entry.StartsAt, endsAt = entry.EndsAt };
        using var response = await SendAsync(http, Api.Request(HttpMethod.Post, $"{baseUrl}/api/mp/reservations", token, body, entry.OpId), s => entry.Created = s);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            entry.Id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            if (random.Next(2) == 0)
            {
                entry.Cancelled = Outcome.Unknown;
                using var cancelled = await SendAsync(http, Api.Request(HttpMethod.Delete, $"{baseUrl}/api/mp/reservations/{entry.Id}", token), s => entry.Cancelled = s);
            }
        }
    }

    private async Task ParkAsync(HttpClient http, string baseUrl)
    {
        var entry = new RecordLedger(OpId("r"), index, friendId, Codes[random.Next(Codes.Length)]);
        lock (ledger.Gate)
        {
            ledger.Records.Add(entry);
        }

        _open = entry;
        var body = new { lotId = lot.LotId, position = new { kind = "spaceCode", code = entry.InitialCode }, note = entry.OpId, friendIds = new[] { friendId } };
        using (var created = await SendAsync(http, Api.Request(HttpMethod.Post, $"{baseUrl}/api/mp/records", token, body, entry.OpId), s => entry.Created = s))
        {
            if (created.StatusCode != HttpStatusCode.Created)
            {
                return;
            }

            entry.Id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var previous = entry.Moves.Count == 0 ? entry.InitialCode : entry.Moves[^1].Code;
            var code = Codes.Where(c => RecordLedger.Canonical(c) != RecordLedger.Canonical(previous)).ElementAt(random.Next(Codes.Length - 1));
            var at = entry.Moves.Count;
            entry.Moves.Add((code, Outcome.Unknown));
            using var moved = await SendAsync(http, Api.Request(HttpMethod.Post, $"{baseUrl}/api/mp/records/{entry.Id}/position", token, new { position = new { kind = "spaceCode", code } }), s => entry.Moves[at] = (code, s));
        }

        entry.ShareAttempts++;
        using (var shared = await SendAsync(http, Api.Request(HttpMethod.Post, $"{baseUrl}/api/mp/shares", token, new { recordId = entry.Id, lifetimeHours = 2 }), _ => { }))
        {
            if (shared.StatusCode == HttpStatusCode.Created)
            {
                entry.AckedShares.Add((await shared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            }
        }

        await EndAsync(http, baseUrl, entry);
    }

    private async Task EndAsync(HttpClient http, string baseUrl, RecordLedger entry)
    {
        entry.Ended = Outcome.Unknown;
        using var ended = await SendAsync(http, Api.Request(HttpMethod.Post, $"{baseUrl}/api/mp/records/{entry.Id}/end", token), s => entry.Ended = s);
        _open = null;
    }

    /// <summary>Sends one write; 2xx is Acked, 4xx Refused, 5xx a failure; no answer leaves it Unknown and throws.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, Action<Outcome> outcome)
    {
        Interlocked.Increment(ref ledger.UnknownWrites);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await http.SendAsync(request);
        if (clock.Elapsed > TimeSpan.FromSeconds(2))
        {
            Console.WriteLine($"slow: {request.Method} {request.RequestUri?.AbsolutePath} took {clock.Elapsed.TotalSeconds:F1} s ({(int)response.StatusCode})");
        }
        Interlocked.Decrement(ref ledger.UnknownWrites);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            tally.Fail($"driver {index}: {request.Method} {request.RequestUri?.AbsolutePath} answered {status}: {await response.Content.ReadAsStringAsync()}");
        }

        if (status is >= 200 and < 300)
        {
            Interlocked.Increment(ref ledger.AckedWrites);
            outcome(Outcome.Acked);
        }
        else
        {
            Interlocked.Increment(ref ledger.RefusedWrites);
            outcome(Outcome.Refused);
        }

        return response;
    }

    private string OpId(string kind) => $"{kind}{index}-{Interlocked.Increment(ref _ops)}-{Guid.NewGuid().ToString("N")[..6]}";
}
