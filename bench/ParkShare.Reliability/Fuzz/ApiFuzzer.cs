using System.Text;
using System.Text.Json;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// Generated requests for every operation of /openapi/v1.json: schema-aware bodies with mutations, path
/// and query parameters valid, foreign or malformed, wrong content types, and the owner's, another
/// owner's, a signed-out, a garbage or no credential.
/// </summary>
internal sealed class ApiFuzzer(JsonElement document, FuzzFixture fixture, string baseUrl, Oracle oracle, Random random, int[] sentPerOperation)
{
    private static readonly string[] BadIds = ["not-a-guid", "%00", "..%2F..%2Fetc", "%E2%80%AE", "00000000-0000-0000-0000-000000000000", "%F0%9F%9A%97", "1", "-1", "null", "%uD800", "%C0%AF"];
    private static readonly string[] BadTypes = ["text/plain", "application/xml", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json, text/html", "image/png", "application/merge-patch+json"];
    private readonly List<Operation> _operations = Operation.Read(document);

    public int OperationCount => _operations.Count;

    /// <summary>The API's <paramref name="n"/>th request goes to operation n mod the count, so every operation gets its equal share.</summary>
    public async Task SendAsync(HttpClient http, int n)
    {
        var op = _operations[n % _operations.Count];
        Interlocked.Increment(ref sentPerOperation[n % _operations.Count]);
        var gen = new JsonGen(document, random, Known) { MutationRate = random.Next(4) == 0 ? 0 : 0.2 };
        var path = op.Path;
        foreach (var (name, where, schema) in op.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + name + "}", PathValue(op, name), StringComparison.Ordinal);
        }

        var query = new List<string>();
        foreach (var (name, where, schema) in op.Parameters.Where(p => p.In == "query"))
        {
            if (random.Next(3) != 0)
            {
                var value = gen.Value(schema, name, 0).Trim('"');
                query.Add($"{name}={Uri.EscapeDataString(value.Length > 3000 ? value[..3000] : value)}");
            }
        }

        using var request = new HttpRequestMessage(new HttpMethod(op.Method), baseUrl + path + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty));
        string? body = null;
        if (op.Body is { } schema2 && !op.ContentTypes.Contains("multipart/form-data") ? random.Next(10) != 0 : random.Next(10) == 0)
        {
            body = random.Next(8) switch
            {
                0 => Garbage(),
                _ => op.Body is { } s ? gen.Value(s, null, 0) : gen.Mutant(0),
            };
            var type = op.ContentTypes.Count > 0 && random.Next(7) != 0 ? op.ContentTypes[random.Next(op.ContentTypes.Count)] : BadTypes[random.Next(BadTypes.Length)];
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        if (random.Next(10) == 0)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", random.Next(3) switch { 0 => new string('k', 200), 1 => "ключ", _ => Guid.NewGuid().ToString() });
        }

        await CredentialsAsync(http, request, op);
        using var response = await http.SendAsync(request);
        await oracle.JudgeAsync("api", request, body, response, problemDetailsRequired: path.StartsWith("/api/", StringComparison.Ordinal));
    }

    private string? Known(string name) => name switch
    {
        "lotId" => fixture.LotId,
        "levelId" => fixture.LevelId,
        "spaceId" => fixture.SpaceId,
        "recordId" => random.Next(3) == 0 ? fixture.OtherRecord : fixture.OwnRecord,
        "token" => fixture.ShareToken,
        "invite" => fixture.InviteCode,
        "pin" => "123456",
        "kind" => new[] { "spaceCode", "mapPoint", "marker", "gps", "reservation", "space", "pillar" }[random.Next(7)],
        "code" => new[] { "B2-C-017", "负二层C区17号", "b2c17", Guid.NewGuid().ToString("N") }[random.Next(4)],
        _ => null,
    };

    private string PathValue(Operation op, string name)
    {
        var roll = random.Next(10);
        if (roll == 0)
        {
            return BadIds[random.Next(BadIds.Length)];
        }

        if (roll == 1)
        {
            return Guid.NewGuid().ToString();
        }

        var foreign = roll == 2;
        return name switch
        {
            "lotId" => fixture.LotId,
            "levelId" => fixture.LevelId,
            "recordId" => foreign ? fixture.OtherRecord : fixture.OwnRecord,
            _ when op.Path.Contains("/records/", StringComparison.Ordinal) => foreign ? fixture.OtherRecord : fixture.OwnRecord,
            _ when op.Path.Contains("/shares/", StringComparison.Ordinal) => foreign ? fixture.OtherShare : fixture.OwnShare,
            _ when op.Path.Contains("/reservations/", StringComparison.Ordinal) => foreign ? fixture.OtherReservation : fixture.OwnReservation,
            _ => Guid.NewGuid().ToString(),
        };
    }

    private async Task CredentialsAsync(HttpClient http, HttpRequestMessage request, Operation op)
    {
        var roll = random.Next(20);
        if (op.Security.Contains("consoleCookie"))
        {
            if (roll > 2)
            {
                request.Headers.TryAddWithoutValidation("Cookie", fixture.ConsoleCookie);
            }

            if (roll > 4)
            {
                request.Headers.TryAddWithoutValidation("X-ParkShare-Csrf", "1");
            }

            return;
        }

        if (op.Security.Contains("sensorApiKey"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", roll switch { 0 => "ApiKey psk_garbage", 1 => "Bearer " + fixture.Own, 2 => "ApiKey " + new string('x', 5000), _ => "ApiKey " + fixture.SensorKey });
            return;
        }

        // Signing the owner out or deleting the owner would end the run's own session: those get a fresh driver.
        var destructive = (op.Method, op.Path) is ("DELETE", "/api/mp/me") or ("DELETE", "/api/mp/session");
        var token = roll switch
        {
            0 => null,
            1 => "garbage",
            2 => fixture.Expired,
            3 => fixture.Other,
            4 => new string('A', 9000),
            5 => "\u00e9\u00e8",
            _ => destructive ? await Api.SignInAsync(http, baseUrl) : fixture.Own,
        };
        if (token is not null && (op.Security.Contains("driverBearer") || roll < 6))
        {
            request.Headers.TryAddWithoutValidation("Authorization", roll == 5 ? "Basic " + token : "Bearer " + token);
        }
    }

    private string Garbage() => random.Next(7) switch
    {
        0 => string.Empty,
        1 => "{\"lotId\":",
        2 => "{\"a\":1}}}",
        3 => new string('{', 5000),
        4 => "\u0000\u0001\u0002",
        5 => "[" + string.Concat(Enumerable.Repeat("{\"x\":[", 400)),
        _ => Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
    };
}
