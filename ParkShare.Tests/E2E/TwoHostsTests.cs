using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Tests.E2E;

/// <summary>Two host processes on one SQLite file: an in-process lock could not keep them apart.</summary>
public sealed class TwoHostsTests
{
    [Fact]
    public async Task Reserve_HundredRequestsSplitOverTwoProcessesForTenSpaces_ExactlyTenWinners()
    {
        var data = Path.Combine(Path.GetTempPath(), "parkshare-two-hosts", Guid.NewGuid().ToString("N"));
        var first = new HostProcess(data, ownsData: true);
        var second = new HostProcess(data, ownsData: false);
        try
        {
            await first.InitializeAsync();
            await second.InitializeAsync();
            await RaceAsync(first, second);
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException($"{ex.Message}\n--- first:\n{first.Log}\n--- second:\n{second.Log}", ex);
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }

    private static async Task RaceAsync(HostProcess first, HostProcess second)
    {
        using var http = new HttpClient();
        var lot = (await http.GetFromJsonAsync<JsonElement>($"{first.BaseUrl}/api/mp/lots")).GetProperty("items")[0];
        var level = lot.GetProperty("levels")[0].GetProperty("id").GetString();
        var map = await http.GetFromJsonAsync<JsonElement>($"{first.BaseUrl}/api/mp/lots/{lot.GetProperty("id").GetString()}/levels/{level}/map");
        var spaces = map.GetProperty("spaces").EnumerateArray().Take(10).Select(s => s.GetProperty("id").GetString()).ToList();
        var start = DateTimeOffset.UtcNow.AddMinutes(30);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => SignInAsync(http, i % 2 == 0 ? first : second, $"two-hosts-{i}")));
        var statuses = await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{(i % 2 == 0 ? first : second).BaseUrl}/api/mp/reservations")
            {
                Content = JsonContent.Create(new { spaceId = spaces[i % 10], startsAt = start, endsAt = start.AddHours(1) }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return (await http.SendAsync(request)).StatusCode;
        }));

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(90, statuses.Count(s => s == HttpStatusCode.Conflict));
        var states = await http.GetFromJsonAsync<JsonElement>($"{second.BaseUrl}/api/mp/lots/{lot.GetProperty("id").GetString()}/levels/{level}/states");
        Assert.Equal(new string('R', 10), states.GetProperty("states").GetString()![..10]);
    }

    private static async Task<string> SignInAsync(HttpClient http, HostProcess host, string code)
    {
        var response = await http.PostAsJsonAsync($"{host.BaseUrl}/api/mp/session", new { code });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
