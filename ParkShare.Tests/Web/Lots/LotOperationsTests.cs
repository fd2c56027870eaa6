using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Parking;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Lots;

public sealed class LotOperationsTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private LotOperations Operations => fixture.Factory.Services.GetRequiredService<LotOperations>();

    private Guid LotId => Guid.Parse(fixture.LotId);

    [Fact]
    public async Task StaffCancel_WithReason_DriverSeesCancelledAndTheReason()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var start = DateTimeOffset.UtcNow.AddHours(2);
        var created = await (await driver.PostAsJsonAsync("/api/mp/reservations",
            new { spaceId = DriverClient.SpaceId(fixture, "B1-C-001"), startsAt = start, endsAt = start.AddHours(1) })).Content.ReadFromJsonAsync<JsonElement>();
        var id = Guid.Parse(created.GetProperty("id").GetString()!);

        Assert.Contains(await Operations.ReservationsAsync(LotId, new ReservationFilter(ReservationState.Active), null, 500), r => r.Id == id);
        Assert.True(await Operations.CancelAsync(LotId, id, "B1 C区今晚封闭施工"));
        Assert.False(await Operations.CancelAsync(LotId, id, "again"));

        var seen = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/reservations/{id}");
        Assert.Equal("cancelled", seen.GetProperty("state").GetString());
        Assert.Equal("B1 C区今晚封闭施工", seen.GetProperty("cancelReason").GetString());
        var notice = Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("items").EnumerateArray());
        Assert.Equal("reservationCancelledByStaff", notice.GetProperty("kind").GetString());
        Assert.Equal(id.ToString(), notice.GetProperty("subjectId").GetString());
        Assert.Contains("B1 C区今晚封闭施工", notice.GetProperty("text").GetString());
    }

    [Fact]
    public async Task DisabledSpace_CannotBeReserved_AndShowsDisabledUntilEnabled()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var spaceId = Guid.Parse(DriverClient.SpaceId(fixture, "B1-C-002"));
        var start = DateTimeOffset.UtcNow.AddHours(2);

        Assert.True(await Operations.SetSpaceDisabledAsync(LotId, spaceId, disabled: true));
        var refused = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId, startsAt = start, endsAt = start.AddHours(1) });
        var states = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}/levels/{fixture.LevelId("B1")}/states");
        Assert.True(await Operations.SetSpaceDisabledAsync(LotId, spaceId, disabled: false));
        var accepted = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId, startsAt = start, endsAt = start.AddHours(1) });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("space_not_reservable", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.True(states.GetProperty("disabled").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.False(await Operations.SetSpaceDisabledAsync(Guid.NewGuid(), spaceId, disabled: true));
    }

    [Fact]
    public async Task Rules_OutOfRangeRefused_SavedRulesApplyToTheNextReservation()
    {
        Assert.False(await Operations.SetRulesAsync(LotId, new ReservationRules(10, 0, 0, 1)));
        Assert.True(await Operations.SetRulesAsync(LotId, new ReservationRules(60, 1440, 5, 1)));
        using var driver = await DriverClient.SignInAsync(fixture);
        var start = DateTimeOffset.UtcNow.AddHours(3);

        var tooLong = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, "B3-C-001"), startsAt = start, endsAt = start.AddHours(2) });
        var first = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, "B3-C-001"), startsAt = start, endsAt = start.AddMinutes(60) });
        var second = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, "B3-C-002"), startsAt = start, endsAt = start.AddMinutes(30) });
        await Operations.SetRulesAsync(LotId, ReservationRules.Default);

        Assert.Equal("window_too_long", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(start.AddMinutes(5).ToUnixTimeSeconds(), (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("holdUntil").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal("too_many_reservations", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
