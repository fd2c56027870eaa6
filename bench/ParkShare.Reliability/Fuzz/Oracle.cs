using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// Judges one answer: never a 5xx; on the API every 4xx is application/problem+json with a stable
/// snake_case <c>code</c>; no stack trace or exception text in any body. A failure is written, with the
/// request to reproduce it, to the failures file.
/// </summary>
internal sealed partial class Oracle(string failuresPath)
{
    private readonly Dictionary<string, (int Sent, int Failed)> _surfaces = [];
    private readonly object _gate = new();
    private readonly HashSet<string> _seen = [];

    public int FiveXx;

    public int KestrelRejections;

    public int ClosedWhileUploading;

    private int _failures;

    public IReadOnlyDictionary<string, (int Sent, int Failed)> Surfaces => _surfaces;

    public async Task JudgeAsync(string surface, HttpRequestMessage request, string? requestBody, HttpResponseMessage response, bool problemDetailsRequired, TimeSpan? within = null, TimeSpan? took = null)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        string? why = null;
        if (status >= 500)
        {
            Interlocked.Increment(ref FiveXx);
            why = $"{status}";
        }
        else if (StackTrace().IsMatch(body))
        {
            why = "stack trace or exception text in the body";
        }
        else if (status is 400 or 414 or 431 && body.Length == 0 && response.Content.Headers.ContentType is null && response.Headers.Server.Count > 0)
        {
            // Kestrel refused the request line or headers before any middleware ran (a NUL in the path,
            // a 1 MB query string): a protocol-level rejection no application code can shape.
            Interlocked.Increment(ref KestrelRejections);
        }
        else if (status >= 400 && problemDetailsRequired && status != 405)
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type != "application/problem+json")
            {
                why = $"{status} as {type ?? "no content type"}, not application/problem+json";
            }
            else
            {
                try
                {
                    using var json = JsonDocument.Parse(body);
                    if (!json.RootElement.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String || !CodePattern().IsMatch(code.GetString()!))
                    {
                        why = $"{status} ProblemDetails without a stable code";
                    }
                }
                catch (JsonException)
                {
                    why = $"{status} with a body that is not JSON";
                }
            }
        }

        if (why is null && within is { } limit && took > limit)
        {
            why = $"answered after {took.Value.TotalSeconds:F1} s (limit {limit.TotalSeconds} s)";
        }

        lock (_gate)
        {
            var (sent, failed) = _surfaces.GetValueOrDefault(surface);
            _surfaces[surface] = (sent + 1, failed + (why is null ? 0 : 1));
            if (why is null)
            {
                return;
            }

            // One line per distinct (operation, reason) on the console; every failing request in the file.
            var key = $"{surface} {request.Method} {Template(request.RequestUri!)} {why.Split(' ')[0]}";
            if (_seen.Add(key))
            {
                Console.WriteLine($"FAIL {key}: {why}; {Shorten(body)}");
            }

            var sb = new StringBuilder();
            sb.AppendLine($"### {surface}: {why}");
            sb.AppendLine($"{request.Method} {request.RequestUri}");
            foreach (var h in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
            {
                sb.AppendLine($"{h.Key}: {Shorten(string.Join(", ", h.Value))}");
            }

            sb.AppendLine();
            var n = Interlocked.Increment(ref _failures);
            if (requestBody is not null)
            {
                File.WriteAllText($"{failuresPath}.{n}.body", requestBody);
            }

            sb.AppendLine(requestBody is null ? "(no body)" : $"{Shorten(requestBody, 1000)} (whole body: {failuresPath}.{n}.body)");
            sb.AppendLine($"--> {status} {Shorten(body, 2000)}");
            sb.AppendLine();
            File.AppendAllText(failuresPath, sb.ToString());
        }
    }

    private static string Template(Uri uri) => GuidPattern().Replace(uri.AbsolutePath, "{id}");

    private static string Shorten(string s, int max = 300) => s.Length <= max ? s : s[..max] + $"…({s.Length} chars)";

    [GeneratedRegex(@"\bat [A-Z][\w.]+\.\w+\(|\.cs:line \d+|(System|Microsoft|Npgsql)\.[\w.]*Exception|Unhandled exception|   at ")]
    private static partial Regex StackTrace();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
