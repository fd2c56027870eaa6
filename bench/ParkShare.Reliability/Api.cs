using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParkShare.Reliability;

/// <summary>The few calls every mode needs: a driver session, the demo lot and its spaces, a console sign-in.</summary>
internal static partial class Api
{
    public static HttpClient NewClient(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseCookies = false,
            // Lets the fuzzer send non-ASCII header values as UTF-8, as a hostile client would.
            RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8,
        }) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    /// <summary>Signs a sandbox driver in and answers its bearer token.</summary>
    public static async Task<string> SignInAsync(HttpClient http, string baseUrl, string? code = null)
    {
        var response = await http.PostAsJsonAsync($"{baseUrl}/api/mp/session", new { code = code ?? Guid.NewGuid().ToString("N") });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string url, string? token, object? json = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    public static async Task<DemoLot> DemoLotAsync(HttpClient http, string baseUrl)
    {
        var lot = (await http.GetFromJsonAsync<JsonElement>($"{baseUrl}/api/mp/lots")).GetProperty("items")[0];
        var lotId = lot.GetProperty("id").GetString()!;
        List<(string Id, string Code, bool Reservable)> spaces = [];
        List<string> levels = [];
        foreach (var level in lot.GetProperty("levels").EnumerateArray())
        {
            var levelId = level.GetProperty("id").GetString()!;
            levels.Add(levelId);
            var map = await http.GetFromJsonAsync<JsonElement>($"{baseUrl}/api/mp/lots/{lotId}/levels/{levelId}/map");
            foreach (var space in map.GetProperty("spaces").EnumerateArray())
            {
                spaces.Add((space.GetProperty("id").GetString()!, space.GetProperty("code").GetString()!, space.TryGetProperty("reservable", out var r) && r.GetBoolean()));
            }
        }

        return new DemoLot(lotId, levels, spaces);
    }

    /// <summary>A console client signed in as the first administrator (cookie carried by hand, as UseCookies is off).</summary>
    public static async Task<string> ConsoleCookieAsync(string baseUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false });
        var form = await http.GetStringAsync($"{baseUrl}/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = Host.AdminEmail,
            ["Input.Password"] = Host.AdminPassword,
        });
        var response = await http.PostAsync($"{baseUrl}/Account/Login", content);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith("ParkShare.Console=", StringComparison.Ordinal))
            : null;
        return cookie?.Split(';')[0] ?? throw new InvalidOperationException($"console sign-in failed: {(int)response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

internal sealed record DemoLot(string LotId, List<string> LevelIds, List<(string Id, string Code, bool Reservable)> Spaces);
