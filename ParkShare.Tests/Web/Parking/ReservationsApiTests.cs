using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Parking;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Parking;

public sealed class ReservationsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(2);

    [Fact]
    public async Task Create_FreeSpace_Returns201WithHoldAndLocation()
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var response = await driver.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-001", Start, 2));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("active", body.GetProperty("state").GetString());
        Assert.Equal("B1-A-001", body.GetProperty("spaceCode").GetString());
        Assert.Equal(Start.AddMinutes(15).ToUnixTimeSeconds(), body.GetProperty("holdUntil").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.EndsWith(body.GetProperty("id").GetString()!, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OverlappingWindowOnTakenSpace_Returns409SpaceTaken_ButBackToBackIsFine()
    {
        using var first = await DriverClient.SignInAsync(fixture);
        using var second = await DriverClient.SignInAsync(fixture);
        await first.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-002", Start, 2));

        var overlapping = await second.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-002", Start.AddHours(1), 2));
        var backToBack = await second.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-002", Start.AddHours(2), 1));

        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Equal("space_taken", (await overlapping.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, backToBack.StatusCode);
    }

    [Fact]
    public async Task AnotherDriversReservation_CannotBeReadOrCancelled_404()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var created = await (await owner.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-003", Start, 1))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/mp/reservations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/mp/reservations/{id}")).StatusCode);
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/api/mp/reservations")).GetProperty("items").GetArrayLength());
        Assert.Equal("active", (await owner.GetFromJsonAsync<JsonElement>($"/api/mp/reservations/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Cancel_OwnReservation_FreesTheSpace()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var next = await DriverClient.SignInAsync(fixture);
        var id = (await (await driver.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-004", Start, 1))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var cancelled = await driver.DeleteAsync($"/api/mp/reservations/{id}");
        var again = await driver.DeleteAsync($"/api/mp/reservations/{id}");

        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await next.PostAsJsonAsync("/api/mp/reservations", Window("B1-A-004", Start, 1))).StatusCode);
    }

    [Fact]
    public async Task Create_SameIdempotencyKeyFiftyTimes_OneReservationSameAnswer()
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mp/reservations") { Content = JsonContent.Create(Window("B1-B-001", Start, 1)) };
            request.Headers.Add("Idempotency-Key", "offline-tap-42");
            var response = await driver.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonElement>());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Body.GetProperty("id").GetString()).Distinct());
        Assert.Equal(1, (await driver.GetFromJsonAsync<JsonElement>("/api/mp/reservations")).GetProperty("items").GetArrayLength());

        using var different = new HttpRequestMessage(HttpMethod.Post, "/api/mp/reservations") { Content = JsonContent.Create(Window("B1-B-002", Start, 1)) };
        different.Headers.Add("Idempotency-Key", "offline-tap-42");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await driver.SendAsync(different)).StatusCode);
    }

    [Fact]
    public async Task Create_TwoHundredDriversTwentySpacesOneWindow_ExactlyTwentyWin()
    {
        var spaces = Enumerable.Range(1, 20).Select(n => DriverClient.SpaceId(fixture, $"B2-D-{n:000}")).ToList();
        var drivers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => DriverClient.SignInAsync(fixture)));
        var start = Start.AddHours(5);

        var statuses = await Task.WhenAll(drivers.Select(async (driver, i) =>
            (await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = spaces[i % 20], startsAt = start, endsAt = start.AddHours(2) })).StatusCode));

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(180, statuses.Count(s => s == HttpStatusCode.Conflict));
        using var scope = fixture.Factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        var live = await db.Reservations.Where(r => r.State == ReservationState.Active).ToListAsync();
        Assert.DoesNotContain(live, a => live.Any(b => a.Id != b.Id && a.SpaceId == b.SpaceId && a.StartsAtUtc < b.EndsAtUtc && b.StartsAtUtc < a.EndsAtUtc));
        foreach (var d in drivers)
        {
            d.Dispose();
        }
    }

    public static TheoryData<string, int, string> BadWindows() => new()
    {
        { """{"spaceId":"SPACE","startsAt":"2020-01-01T08:00:00Z","endsAt":"2020-01-01T09:00:00Z"}""", 400, "window_invalid" },
        { """{"spaceId":"SPACE","startsAt":"START","endsAt":"BEFORE"}""", 400, "window_invalid" },
        { """{"spaceId":"SPACE","startsAt":"START","endsAt":"LONG"}""", 400, "window_too_long" },
        { """{"spaceId":"SPACE","startsAt":"FAR","endsAt":"FAREND"}""", 400, "too_far_ahead" },
        { """{"spaceId":"00000000-0000-0000-0000-000000000001","startsAt":"START","endsAt":"END"}""", 404, "space_not_found" },
        { """{"spaceId":"nope","startsAt":"START","endsAt":"END"}""", 400, "validation_failed" },
        { """{"spaceId":"SPACE","startsAt":"yesterday","endsAt":"END"}""", 400, "malformed_json" },
        { """{"spaceId":"SPACE"}""", 400, "validation_failed" },
    };

    [Theory]
    [MemberData(nameof(BadWindows))]
    public async Task Create_BadInput_Returns4xxAndWritesNothing(string template, int status, string code)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var json = template.Replace("SPACE", DriverClient.SpaceId(fixture, "B3-F-048"), StringComparison.Ordinal)
            .Replace("\"START\"", Iso(Start), StringComparison.Ordinal).Replace("\"END\"", Iso(Start.AddHours(1)), StringComparison.Ordinal)
            .Replace("\"BEFORE\"", Iso(Start.AddHours(-1)), StringComparison.Ordinal).Replace("\"LONG\"", Iso(Start.AddHours(13)), StringComparison.Ordinal)
            .Replace("\"FAR\"", Iso(Start.AddDays(8)), StringComparison.Ordinal).Replace("\"FAREND\"", Iso(Start.AddDays(8).AddHours(1)), StringComparison.Ordinal);

        var response = await driver.PostAsync("/api/mp/reservations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, (await driver.GetFromJsonAsync<JsonElement>("/api/mp/reservations")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Create_ThirdActiveReservation_Returns409TooMany()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        await driver.PostAsJsonAsync("/api/mp/reservations", Window("B3-E-001", Start, 1));
        await driver.PostAsJsonAsync("/api/mp/reservations", Window("B3-E-002", Start, 1));

        var third = await driver.PostAsJsonAsync("/api/mp/reservations", Window("B3-E-003", Start, 1));

        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal("too_many_reservations", (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private object Window(string spaceCode, DateTimeOffset start, int hours) =>
        new { spaceId = DriverClient.SpaceId(fixture, spaceCode), startsAt = start, endsAt = start.AddHours(hours) };

    private static string Iso(DateTimeOffset t) => $"\"{t:O}\"";
}
