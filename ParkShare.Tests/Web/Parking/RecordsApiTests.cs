using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Parking;

public sealed class RecordsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Park_ChineseCode_StoresDetailedPosition_OneCurrentRecordUntilPickedUp()
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var created = await driver.PostAsJsonAsync("/api/mp/records", Park("负二层C区17号", plate: "沪A12345", note: "出差三天", pickup: DateTimeOffset.UtcNow.AddDays(3)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("B2-C-017", record.GetProperty("position").GetProperty("space").GetProperty("code").GetString());
        Assert.True(record.GetProperty("position").GetProperty("route").GetProperty("steps").GetArrayLength() > 2);
        Assert.Equal("沪A12345", record.GetProperty("plate").GetString());
        var id = record.GetProperty("id").GetString();
        Assert.Equal(id, (await driver.GetFromJsonAsync<JsonElement>("/api/mp/records/current")).GetProperty("id").GetString());

        var second = await driver.PostAsJsonAsync("/api/mp/records", Park("B1-A-010"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recordId").GetString());

        var ended = await driver.PostAsync($"/api/mp/records/{id}/end", null);
        Assert.Equal("ended", (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync("/api/mp/records/current")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await driver.PostAsync($"/api/mp/records/{id}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await driver.PostAsJsonAsync("/api/mp/records", Park("B1-A-010"))).StatusCode);
    }

    [Fact]
    public async Task Park_AmbiguousCode_Returns422WithCandidatesAndStoresNothing()
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var response = await driver.PostAsJsonAsync("/api/mp/records", Park("C17"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("position_ambiguous", problem.GetProperty("code").GetString());
        Assert.Equal(3, problem.GetProperty("candidates").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync("/api/mp/records/current")).StatusCode);
    }

    [Fact]
    public async Task CheckIn_ActiveReservation_BecomesRecordOnTheReservedSpace()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var start = DateTimeOffset.UtcNow.AddMinutes(1);
        var reservation = await (await driver.PostAsJsonAsync("/api/mp/reservations",
            new { spaceId = DriverClient.SpaceId(fixture, "B3-B-020"), startsAt = start, endsAt = start.AddHours(1) })).Content.ReadFromJsonAsync<JsonElement>();
        var rid = reservation.GetProperty("id").GetString();

        var refined = await driver.PostAsJsonAsync("/api/mp/refine", new { lotId = fixture.LotId, position = new { kind = "reservation", reservationId = rid } });
        var checkIn = await driver.PostAsync($"/api/mp/reservations/{rid}/check-in", null);

        Assert.Equal("B3-B-020", (await refined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("position").GetProperty("space").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        var record = await checkIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("reservation", record.GetProperty("position").GetProperty("resolvedBy").GetString());
        Assert.Equal(rid, record.GetProperty("reservationId").GetString());
        Assert.Equal("checkedIn", (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/reservations/{rid}")).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await driver.PostAsync($"/api/mp/reservations/{rid}/check-in", null)).StatusCode);
    }

    [Fact]
    public async Task AnotherDriversRecordsAndReservations_AreInvisible404()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var record = await (await owner.PostAsJsonAsync("/api/mp/records", Park("B1-F-001"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = record.GetProperty("id").GetString();
        var start = DateTimeOffset.UtcNow.AddHours(3);
        var rid = (await (await owner.PostAsJsonAsync("/api/mp/reservations",
            new { spaceId = DriverClient.SpaceId(fixture, "B1-F-002"), startsAt = start, endsAt = start.AddHours(1) })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/mp/records/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/mp/records/{id}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/mp/reservations/{rid}/check-in", null)).StatusCode);
        var peek = await other.PostAsJsonAsync("/api/mp/refine", new { lotId = fixture.LotId, position = new { kind = "reservation", reservationId = rid } });
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        using var anonymous = fixture.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/mp/refine", new { lotId = fixture.LotId, position = new { kind = "reservation", reservationId = rid } })).StatusCode);
        Assert.Equal("active", (await owner.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Park_SamePlateByTwoDrivers_BothParked()
    {
        using var first = await DriverClient.SignInAsync(fixture);
        using var second = await DriverClient.SignInAsync(fixture);
        await first.PostAsJsonAsync("/api/mp/records", Park("B2-E-001", plate: "京B99999"));

        var response = await second.PostAsJsonAsync("/api/mp/records", Park("B2-E-002", plate: "京b99999"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static TheoryData<string, string> BadDetails() => new()
    {
        { "plate", new string('粤', 17) },
        { "note", new string('x', 501) },
        { "note", "bell\u0007" },
        { "expectedPickupAt", "2001-01-01T00:00:00Z" },
        { "expectedPickupAt", "2099-01-01T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(BadDetails))]
    public async Task Park_BadDetails_Returns400AndStoresNothing(string field, string value)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var body = new Dictionary<string, object?> { ["lotId"] = fixture.LotId, ["position"] = new { kind = "spaceCode", code = "B3-A-030" }, [field] = value };

        var response = await driver.PostAsJsonAsync("/api/mp/records", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync("/api/mp/records/current")).StatusCode);
    }

    private object Park(string code, string? plate = null, string? note = null, DateTimeOffset? pickup = null) =>
        new { lotId = fixture.LotId, position = new { kind = "spaceCode", code }, plate, note, expectedPickupAt = pickup };
}
