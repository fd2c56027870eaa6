using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// Reservations across two nodes on one database: on PostgreSQL the exclusion constraint decides,
/// on SQLite BEGIN IMMEDIATE on the shared file; either way a space is won exactly once.
/// </summary>
public sealed class MultiNodeReservationTests
{
    private const int Spaces = 50;
    private const int Requests = 500;

    [Fact]
    public async Task Reserve_FiveHundredRequestsSplitOverTwoNodesForFiftySpaces_ExactlyFiftyWinnersEachRound()
    {
        await using var nodes = await TwoNodes.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var lots = (await http.GetFromJsonAsync<JsonElement>($"{nodes.A.BaseUrl}/api/mp/lots")).GetProperty("items");
        Assert.Equal(1, lots.GetArrayLength()); // two nodes started together seeded the demo lot once
        var lot = lots[0];
        var lotId = lot.GetProperty("id").GetString();
        var level = lot.GetProperty("levels")[0].GetProperty("id").GetString();
        var map = await http.GetFromJsonAsync<JsonElement>($"{nodes.A.BaseUrl}/api/mp/lots/{lotId}/levels/{level}/map");
        var spaces = map.GetProperty("spaces").EnumerateArray().Take(Spaces).Select(s => s.GetProperty("id").GetString()!).ToList();
        var random = new Random(20261207);

        // Round 0 fires everything at once; the later rounds spread the same load with random delays,
        // each on a window of its own, so the races fall at different moments.
        for (var round = 0; round < 3; round++)
        {
            var start = DateTimeOffset.UtcNow.AddMinutes(30 + (round * 180));
            var delays = Enumerable.Range(0, Requests).Select(_ => round == 0 ? 0 : random.Next(0, 40)).ToArray();
            var tokens = await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => SignInAsync(http, Node(nodes, i).BaseUrl, $"multi-{round}-{i}")));
            var statuses = await Task.WhenAll(tokens.Select(async (token, i) =>
            {
                await Task.Delay(delays[i]);
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{Node(nodes, i).BaseUrl}/api/mp/reservations")
                {
                    Content = JsonContent.Create(new { spaceId = spaces[i % Spaces], startsAt = start, endsAt = start.AddHours(1) }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                return response.StatusCode;
            }));

            var summary = $"round {round}: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key} x{g.Count()}"))}";
            Assert.True(Spaces == statuses.Count(s => s == HttpStatusCode.Created), $"{summary}\n{nodes.Logs}");
            Assert.True(Requests - Spaces == statuses.Count(s => s == HttpStatusCode.Conflict), $"{summary}\n{nodes.Logs}");
        }

        var states = await http.GetFromJsonAsync<JsonElement>($"{nodes.B.BaseUrl}/api/mp/lots/{lotId}/levels/{level}/states");
        var byId = map.GetProperty("spaces").EnumerateArray().Select((s, i) => (Id: s.GetProperty("id").GetString(), Index: i)).ToDictionary(x => x.Id!, x => x.Index);
        Assert.All(spaces, id => Assert.Equal('R', states.GetProperty("states").GetString()![byId[id]]));
    }

    private static ParkShare.Tests.E2E.HostProcess Node(TwoNodes nodes, int i) => i % 2 == 0 ? nodes.A : nodes.B;

    private static async Task<string> SignInAsync(HttpClient http, string baseUrl, string code)
    {
        var response = await http.PostAsJsonAsync($"{baseUrl}/api/mp/session", new { code });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
