using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Tests.E2E;

/// <summary>A share link's view limit holds across two host processes on one SQLite file: the database counts, not a process.</summary>
public sealed class TwoHostsViewLimitTests
{
    [Fact]
    public async Task SharePage_LimitFiveAndFortyViewsSplitOverTwoProcesses_ExactlyFiveSeeTheCar()
    {
        var data = Path.Combine(Path.GetTempPath(), "parkshare-two-hosts", Guid.NewGuid().ToString("N"));
        var first = new HostProcess(data, ownsData: true);
        var second = new HostProcess(data, ownsData: false);
        try
        {
            await first.InitializeAsync();
            await second.InitializeAsync();
            var token = await ShareAsync(first, maxViews: 5);

            using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
            var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
                (await http.GetAsync($"{(i % 2 == 0 ? first : second).BaseUrl}/s/{token}")).StatusCode));

            Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.Equal(35, statuses.Count(s => s == HttpStatusCode.Gone));
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

    private static async Task<string> ShareAsync(HostProcess host, int maxViews)
    {
        using var driver = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var session = await (await driver.PostAsJsonAsync("/api/mp/session", new { code = "view-limit-driver" })).Content.ReadFromJsonAsync<JsonElement>();
        driver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        var lot = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString();
        var record = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = lot, position = new { kind = "spaceCode", code = "B2-C-017" } });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        var recordId = (await record.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var created = await driver.PostAsJsonAsync("/api/mp/shares", new { recordId, maxViews });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!.Split('/').Last();
    }
}
