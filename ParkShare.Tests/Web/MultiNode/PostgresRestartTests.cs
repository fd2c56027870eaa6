using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ParkShare.Tests.E2E;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// PostgreSQL restarted (pg_ctl restart -m fast) while a host takes reservations: a private server,
/// since every connection of the shared one would be cut. Requests that meet the outage answer 503
/// ProblemDetails, never another 5xx; the host serves again without a restart; every reservation it
/// acknowledged (201) is in the database afterwards.
/// </summary>
[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class PostgresRestartTests
{
    private const int Workers = 12;

    [Fact]
    public async Task Reserve_PostgresRestartedUnderLoad_503ProblemsOnlyRecoversAndNoAcknowledgedReservationLost()
    {
        PostgresOnly.Require();
        await using var server = await PrivatePostgres.StartAsync();
        var connectionString = server.ConnectionString("parkshare_restart");
        await using var host = new HostProcess(Path.Combine(Path.GetTempPath(), "parkshare-restart", Guid.NewGuid().ToString("N")), ownsData: true, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:ParkShare"] = connectionString,
        });
        await host.InitializeAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var lotId = await LiveHostSetup.LotIdAsync(http, host);
        var levels = (await http.GetFromJsonAsync<JsonElement>($"{host.BaseUrl}/api/mp/lots/{lotId}")).GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList();
        var spaces = new List<string>();
        foreach (var level in levels)
        {
            spaces.AddRange((await http.GetFromJsonAsync<JsonElement>($"{host.BaseUrl}/api/mp/lots/{lotId}/levels/{level}/map")).GetProperty("spaces").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
        }

        var drivers = new HttpClient[Workers * 40];
        await Parallel.ForAsync(0, drivers.Length, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (i, _) => drivers[i] = await LiveHostSetup.SignInAsync(http, host, $"restart-{i}"));
        var acknowledged = new ConcurrentBag<string>();
        var answers = new ConcurrentBag<(HttpStatusCode Status, string? ContentType, string Body)>();
        using var stop = new CancellationTokenSource();
        var next = -1;
        var restarted = 0;
        var servedSinceRestart = 0;
        async Task WorkAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                var start = DateTimeOffset.UtcNow.AddHours(1 + (i / spaces.Count));
                using var response = await drivers[i / 2 % drivers.Length].PostAsJsonAsync($"{host.BaseUrl}/api/mp/reservations", new { spaceId = spaces[i % spaces.Count], startsAt = start, endsAt = start.AddMinutes(30) });
                var body = await response.Content.ReadAsStringAsync();
                answers.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
                if (Volatile.Read(ref restarted) == 1 && response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    Interlocked.Increment(ref servedSinceRestart);
                }
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
                }
            }
        }

        var load = Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkAsync)));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await server.RestartAsync();
        Volatile.Write(ref restarted, 1);
        // Served again (a 201, or a 409 that also needed the database) by the same host process, with no restart of it.
        var recovered = await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref servedSinceRestart) > Workers), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
        await stop.CancelAsync();
        await load;

        var summary = string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{(int)g.Key} x{g.Count()}"));
        Assert.True(recovered, $"no new reservation after the restart ({summary})\n{host.Log}");
        Assert.DoesNotContain(answers, a => (int)a.Status >= 500 && a.Status != HttpStatusCode.ServiceUnavailable);
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable); // the outage was met, not missed
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a =>
        {
            Assert.Equal("application/problem+json", a.ContentType);
            Assert.Equal("database_unavailable", JsonDocument.Parse(a.Body).RootElement.GetProperty("code").GetString());
        });
        Assert.DoesNotContain(answers, a => a.Status is not (HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\"::text FROM \"Reservations\"", connection);
        var stored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        Assert.All(acknowledged, id => Assert.Contains(id, stored));
    }
}
