using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Parking;

public sealed class DriverListPagingTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly DateTimeOffset Base = DateTimeOffset.UtcNow.AddHours(3);

    [Fact]
    public async Task Reservations_WalkAllPagesWhileInserting_EachOnceNewestStartFirst()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var original = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            // Several share a start time, so the id decides between them.
            original.Add(await ReserveAndCancelAsync(driver, $"B2-D-{i + 1:000}", Base.AddHours(i % 4)));
        }

        var seen = new List<JsonElement>();
        string? cursor = null;
        var inserted = 0;
        do
        {
            var page = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/reservations?limit=3{Cursor(cursor)}");
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            await ReserveAndCancelAsync(driver, $"B2-E-{++inserted:000}", Base.AddHours(inserted % 4).AddMinutes(1));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var ids = seen.Select(r => r.GetProperty("id").GetString()!).ToList();
        var starts = seen.Select(r => r.GetProperty("startsAt").GetDateTimeOffset()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(original, id => Assert.Single(ids, id));
        Assert.Equal(starts.OrderDescending(), starts);
    }

    [Fact]
    public async Task Records_WalkAllPagesWhileInserting_EachOnceNewestFirst()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var original = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            original.Add(await ParkAndEndAsync(driver, $"B3-D-{i + 1:000}"));
        }

        var seen = new List<JsonElement>();
        string? cursor = null;
        var inserted = 0;
        do
        {
            var page = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records?limit=2{Cursor(cursor)}");
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            await ParkAndEndAsync(driver, $"B3-E-{++inserted:000}");
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var ids = seen.Select(r => r.GetProperty("id").GetString()!).ToList();
        var parked = seen.Select(r => r.GetProperty("parkedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(original.AsEnumerable().Reverse(), ids);
        Assert.Equal(parked.OrderDescending(), parked);
    }

    [Theory]
    [InlineData("reservations", "?limit=0", "validation_failed")]
    [InlineData("reservations", "?limit=101", "validation_failed")]
    [InlineData("reservations", "?cursor=AAAA", "invalid_cursor")]
    [InlineData("records", "?limit=-1", "validation_failed")]
    [InlineData("records", "?cursor=not*base64", "invalid_cursor")]
    public async Task List_BadPaging_Returns400WithCode(string list, string query, string code)
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var response = await driver.GetAsync($"/api/mp/{list}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task List_CursorOfAnotherList_Returns400InvalidCursor()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        await ReserveAndCancelAsync(driver, "B2-F-001", Base);
        await ReserveAndCancelAsync(driver, "B2-F-002", Base);
        var cursor = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/reservations?limit=1")).GetProperty("nextCursor").GetString();

        var records = await driver.GetAsync($"/api/mp/records?cursor={cursor}");
        var reservations = await driver.GetAsync($"/api/mp/reservations?cursor={cursor}&limit=1");

        Assert.Equal(HttpStatusCode.BadRequest, records.StatusCode);
        Assert.Equal("invalid_cursor", (await records.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, (await reservations.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nextCursor").ValueKind);
    }

    private static string Cursor(string? cursor) => cursor is null ? string.Empty : $"&cursor={cursor}";

    private async Task<string> ReserveAndCancelAsync(HttpClient driver, string space, DateTimeOffset start)
    {
        var created = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, space), startsAt = start, endsAt = start.AddHours(1) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await driver.DeleteAsync($"/api/mp/reservations/{id}")).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string> ParkAndEndAsync(HttpClient driver, string space)
    {
        var created = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = space } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await driver.PostAsync($"/api/mp/records/{id}/end", null)).EnsureSuccessStatusCode();
        return id;
    }
}
