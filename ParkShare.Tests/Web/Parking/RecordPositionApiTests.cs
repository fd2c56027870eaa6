using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Sharing.Push;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Sharing.Bindings;

namespace ParkShare.Tests.Web.Parking;

/// <summary>POST /api/mp/records/{id}/position: correcting where the car is tells each bound friend.</summary>
public sealed class RecordPositionApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Move_OwnActiveRecord_MovesItAndQueuesOnePositionChangedPerFriend()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture);
        var invite = await BindingsApiTests.CreateInviteAsync(driver);
        Assert.Equal(HttpStatusCode.Created, (await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = invite.GetProperty("code").GetString() })).StatusCode);
        var id = await ParkAsync(driver, "B3-D-004");

        var moved = await driver.PostAsJsonAsync($"/api/mp/records/{id}/position", new { position = new { kind = "spaceCode", code = "负三层D区5号" } });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var record = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((id, "B3-D-005", "B3-D-005"), (record.GetProperty("id").GetString(), record.GetProperty("spaceCode").GetString(), record.GetProperty("position").GetProperty("space").GetProperty("code").GetString()));
        Assert.Equal("B3-D-005", (await driver.GetFromJsonAsync<JsonElement>("/api/mp/records/current")).GetProperty("spaceCode").GetString());
        var shared = Assert.Single((await friend.GetFromJsonAsync<JsonElement>("/api/mp/shared-with-me")).GetProperty("items").EnumerateArray());
        Assert.Equal("B3-D-005", shared.GetProperty("spaceCode").GetString());
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        var events = await db.OutboxMessages.Where(m => m.RecordId == Guid.Parse(id)).Select(m => m.Event).ToListAsync();
        Assert.Equal([OutboxEvent.RecordCreated, OutboxEvent.PositionChanged], events.Order());
    }

    [Fact]
    public async Task Move_AnotherDriversRecordOrUnknownId_Returns404AndChangesNothing()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(owner, "B3-D-010");

        var foreign = await other.PostAsJsonAsync($"/api/mp/records/{id}/position", new { position = new { kind = "spaceCode", code = "B3-D-011" } });
        var unknown = await other.PostAsJsonAsync($"/api/mp/records/{Guid.NewGuid()}/position", new { position = new { kind = "spaceCode", code = "B3-D-011" } });
        var garbage = await other.PostAsJsonAsync("/api/mp/records/not-an-id/position", new { position = new { kind = "spaceCode", code = "B3-D-011" } });

        Assert.All(new[] { foreign, unknown, garbage }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("record_not_found", (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("B3-D-010", (await owner.GetFromJsonAsync<JsonElement>("/api/mp/records/current")).GetProperty("spaceCode").GetString());
    }

    [Fact]
    public async Task Move_EndedRecord_Returns409RecordEnded()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, "B3-D-012");
        (await driver.PostAsync($"/api/mp/records/{id}/end", null)).EnsureSuccessStatusCode();

        var moved = await driver.PostAsJsonAsync($"/api/mp/records/{id}/position", new { position = new { kind = "spaceCode", code = "B3-D-013" } });

        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        Assert.Equal("record_ended", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Move_BadOrAmbiguousPosition_AnswersProblemAndKeepsTheSpace()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, "B3-D-014");

        var missing = await driver.PostAsJsonAsync($"/api/mp/records/{id}/position", new { });
        var reservation = await driver.PostAsJsonAsync($"/api/mp/records/{id}/position", new { position = new { kind = "reservation", reservationId = Guid.NewGuid() } });
        var ambiguous = await driver.PostAsJsonAsync($"/api/mp/records/{id}/position", new { position = new { kind = "spaceCode", code = "C17" } });
        var notJson = await driver.PostAsync($"/api/mp/records/{id}/position", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.BadRequest, "validation_failed"), (missing.StatusCode, await CodeAsync(missing)));
        Assert.Equal((HttpStatusCode.BadRequest, "validation_failed"), (reservation.StatusCode, await CodeAsync(reservation)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "position_ambiguous"), (ambiguous.StatusCode, await CodeAsync(ambiguous)));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("B3-D-014", (await driver.GetFromJsonAsync<JsonElement>("/api/mp/records/current")).GetProperty("spaceCode").GetString());
    }

    private async Task<string> ParkAsync(HttpClient driver, string code)
    {
        var created = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
