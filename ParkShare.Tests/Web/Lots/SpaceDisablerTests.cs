using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Push;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Lots;

public sealed class SpaceDisablerTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private SpaceDisabler Disabler => fixture.Factory.Services.GetRequiredService<SpaceDisabler>();

    private Guid LotId => Guid.Parse(fixture.LotId);

    [Fact]
    public async Task Impact_ReservedSpaceAndParkedCar_ListsBoth()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var parker = await DriverClient.SignInAsync(fixture);
        var spaceId = DriverClient.SpaceId(fixture, "B1-C-030");
        var start = DateTimeOffset.UtcNow.AddHours(3);
        Assert.Equal(HttpStatusCode.Created, (await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId, startsAt = start, endsAt = start.AddHours(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await parker.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B1-C-030" }, plate = "沪B77777" })).StatusCode);

        var impact = await Disabler.ImpactAsync(LotId, Guid.Parse(spaceId));

        Assert.NotNull(impact);
        Assert.Single(impact.Reservations);
        Assert.Equal("沪B77777", Assert.Single(impact.Cars).Plate);
        Assert.Null(await Disabler.ImpactAsync(Guid.NewGuid(), Guid.Parse(spaceId)));
    }

    [Fact]
    public async Task Disable_ReservedSpace_CancelsWithReasonNotifiesAndQueuesAPush()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var spaceId = DriverClient.SpaceId(fixture, "B1-C-031");
        var start = DateTimeOffset.UtcNow.AddHours(3);
        var created = await (await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId, startsAt = start, endsAt = start.AddHours(1) })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        Assert.Equal(new SpaceDisableOutcome(1, 0), await Disabler.DisableAsync(LotId, Guid.Parse(spaceId), "  地面渗水维修  "));

        var seen = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/reservations/{id}");
        Assert.Equal("cancelled", seen.GetProperty("state").GetString());
        Assert.Equal("地面渗水维修", seen.GetProperty("cancelReason").GetString());
        var notice = Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("items").EnumerateArray());
        Assert.Equal("reservationCancelledByStaff", notice.GetProperty("kind").GetString());
        Assert.Contains("地面渗水维修", notice.GetProperty("text").GetString());
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        var noticeId = Guid.Parse(notice.GetProperty("id").GetString()!);
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.NoticeId == noticeId && m.Event == OutboxEvent.Notice));
        var states = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}/levels/{fixture.LevelId("B1")}/states");
        Assert.True(states.GetProperty("disabled").GetInt32() >= 1);
        Assert.Null(await Disabler.DisableAsync(Guid.NewGuid(), Guid.Parse(spaceId), "x"));
    }

    [Fact]
    public async Task Disable_SpaceWithParkedCar_RecordKeptDriverToldWithReasonOnceAndPushQueued()
    {
        using var parker = await DriverClient.SignInAsync(fixture);
        var spaceId = Guid.Parse(DriverClient.SpaceId(fixture, "B1-C-032"));
        var created = await parker.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B1-C-032" }, plate = "沪B32032" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var recordId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Assert.Equal(new SpaceDisableOutcome(0, 1), await Disabler.DisableAsync(LotId, spaceId, "消防检查"));

        var record = await parker.GetFromJsonAsync<JsonElement>($"/api/mp/records/{recordId}");
        Assert.Equal("active", record.GetProperty("state").GetString());
        var notice = Assert.Single((await parker.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("items").EnumerateArray());
        Assert.Equal("spaceDisabledWhileParked", notice.GetProperty("kind").GetString());
        Assert.Equal(recordId, notice.GetProperty("subjectId").GetString());
        Assert.Equal("/m/car", notice.GetProperty("link").GetString());
        Assert.Contains("B1-C-032", notice.GetProperty("text").GetString());
        Assert.Contains("消防检查", notice.GetProperty("text").GetString());
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync())
        {
            var noticeId = Guid.Parse(notice.GetProperty("id").GetString()!);
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.NoticeId == noticeId && m.Event == OutboxEvent.Notice));
        }

        // Enabled and disabled again under the same car: its driver has been told already.
        Assert.True(await fixture.Factory.Services.GetRequiredService<LotOperations>().SetSpaceDisabledAsync(LotId, spaceId, false));
        Assert.Equal(new SpaceDisableOutcome(0, 0), await Disabler.DisableAsync(LotId, spaceId, "再次检查"));
        Assert.Single((await parker.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("items").EnumerateArray());
    }
}
