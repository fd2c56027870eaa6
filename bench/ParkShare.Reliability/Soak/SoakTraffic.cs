using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Reliability.Soak;

/// <summary>
/// The soak's actors, one request per call: a driver steps through reserve → park → move → share → end;
/// a friend opens a recent share link (page or API); a sensor posts a batch of occupancy observations.
/// Any answer that is not the expected one is an error.
/// </summary>
internal sealed class SoakTraffic(HttpClient http, string baseUrl, DemoLot lot, string sensorKey, List<string> drivers, int[] mix)
{
    private static readonly string[] Codes = ["B2-C-017", "B2-C-018", "B1-A-001", "B1-A-002", "B3-F-010", "B2-A-005", "B2-D-003", "B3-A-007"];
    private readonly ConcurrentQueue<string> _tokens = new();
    private readonly ConcurrentDictionary<int, (int Step, string? Record)> _state = new();
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _locks = new();
    private int _errors;
    private int _serverErrors;
    private int _requests;

    public int Errors => _errors;

    public int Requests => _requests;

    /// <summary>Answers 500 and above: the host's own failures (see its log).</summary>
    public int ServerErrors => _serverErrors;

    /// <summary>One actor's step, chosen by the weights of <c>mix</c> (driver, friend, sensor; 5,3,2 unless set).</summary>
    public Task StepAsync(Random random)
    {
        var pick = random.Next(mix.Sum());
        return pick < mix[0] ? DriverAsync(random.Next(drivers.Count), random)
            : pick < mix[0] + mix[1] ? FriendAsync(random)
            : SensorAsync(random);
    }

    private async Task DriverAsync(int d, Random random)
    {
        var gate = _locks.GetOrAdd(d, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0))
        {
            return; // this driver's previous step is still running
        }

        try
        {
            var token = drivers[d];
            var (step, record) = _state.GetValueOrDefault(d);
            switch (step)
            {
                case 0:
                    var now = DateTimeOffset.UtcNow;
                    var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddMinutes(60 + (15 * random.Next(80)));
                    var spaces = lot.Spaces.Where(s => s.Reservable).ToList();
                    var body = new { spaceId = spaces[random.Next(spaces.Count)].Id, startsAt = new DateTimeOffset(start, TimeSpan.Zero), endsAt = new DateTimeOffset(start.AddMinutes(30), TimeSpan.Zero) };
                    using (var r = await SendAsync(HttpMethod.Post, "/api/mp/reservations", token, body, HttpStatusCode.Created, HttpStatusCode.Conflict))
                    {
                        if (r?.StatusCode == HttpStatusCode.Created)
                        {
                            var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
                            using var _ = await SendAsync(HttpMethod.Delete, $"/api/mp/reservations/{id}", token, null, HttpStatusCode.NoContent, HttpStatusCode.OK);
                        }
                    }

                    _state[d] = (1, null);
                    break;
                case 1:
                    // A 409 active_record_exists (still an error: it follows a park whose answer timed out but went through)
                    // names the driver's open record, and the driver goes on with it instead of being refused again and again.
                    using (var r = await SendAsync(HttpMethod.Post, "/api/mp/records", token, new { lotId = lot.LotId, position = new { kind = "spaceCode", code = Codes[random.Next(Codes.Length)] } }, HttpStatusCode.Created))
                    {
                        var answer = r is null ? default : await r.Content.ReadFromJsonAsync<JsonElement>();
                        _state[d] = r?.StatusCode == HttpStatusCode.Created ? (2, answer.GetProperty("id").GetString())
                            : r?.StatusCode == HttpStatusCode.Conflict && answer.TryGetProperty("recordId", out var open) ? (2, open.GetString())
                            : (0, null);
                    }

                    break;
                case 2:
                    using (var _ = await SendAsync(HttpMethod.Post, $"/api/mp/records/{record}/position", token, new { position = new { kind = "spaceCode", code = Codes[random.Next(Codes.Length)] } }, HttpStatusCode.OK))
                    {
                        _state[d] = (3, record);
                    }

                    break;
                case 3:
                    // 409 is the product's answer once the record holds its most live links (too_many_shares): expected, then the car is picked up.
                    using (var r = await SendAsync(HttpMethod.Post, "/api/mp/shares", token, new { recordId = record, lifetimeHours = 1 }, HttpStatusCode.Created, HttpStatusCode.Conflict))
                    {
                        if (r?.StatusCode == HttpStatusCode.Created)
                        {
                            var url = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
                            _tokens.Enqueue(url[(url.IndexOf("/s/", StringComparison.Ordinal) + 3)..]);
                            while (_tokens.Count > 50 && _tokens.TryDequeue(out _))
                            {
                            }
                        }

                        // Next: end, or correct the position once more (a record allows only a few live links).
                        _state[d] = (r?.StatusCode == HttpStatusCode.Conflict || random.Next(2) == 0 ? 4 : 2, record);
                    }

                    break;
                default:
                    using (var _ = await SendAsync(HttpMethod.Post, $"/api/mp/records/{record}/end", token, null, HttpStatusCode.OK))
                    {
                        _state[d] = (0, null);
                    }

                    break;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task FriendAsync(Random random)
    {
        var tokens = _tokens.ToArray();
        if (tokens.Length == 0)
        {
            return;
        }

        var token = tokens[random.Next(tokens.Length)];
        // A link of a record that has ended since is still a clear page (200), or gone (404/410) once picked up.
        using var _ = random.Next(2) == 0
            ? await SendAsync(HttpMethod.Get, $"/s/{token}", null, null, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Gone)
            : await SendAsync(HttpMethod.Post, "/api/mp/share-view", null, new { token }, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Gone);
    }

    private async Task SensorAsync(Random random)
    {
        var observations = Enumerable.Range(0, 20).Select(_ => new { space = lot.Spaces[random.Next(lot.Spaces.Count)].Code, occupied = random.Next(2) == 0, observedAt = DateTimeOffset.UtcNow, source = "soak" }).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/lots/{lot.LotId}/occupancy") { Content = JsonContent.Create(new { observations }) };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + sensorKey);
        using var _ = await SendAsync(request, HttpStatusCode.OK, HttpStatusCode.Accepted);
    }

    private Task<HttpResponseMessage?> SendAsync(HttpMethod method, string path, string? token, object? body, params HttpStatusCode[] expected) =>
        SendAsync(Api.Request(method, baseUrl + path, token, body), expected);

    private async Task<HttpResponseMessage?> SendAsync(HttpRequestMessage request, params HttpStatusCode[] expected)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            var response = await http.SendAsync(request);
            if (!expected.Contains(response.StatusCode))
            {
                var n = Interlocked.Increment(ref _errors);
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref _serverErrors);
                }

                if (n <= 20)
                {
                    Console.WriteLine($"error at {DateTimeOffset.UtcNow:HH:mm:ss.fff}: {request.Method} {request.RequestUri?.AbsolutePath} -> {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
                }
            }

            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _errors);
            Console.WriteLine($"error: {request.Method} {request.RequestUri?.AbsolutePath}: {e.Message}");
            return null;
        }
        finally
        {
            request.Dispose();
        }
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] : s;
}
