using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Parking;

namespace ParkShare.Tests.Web.Drivers;

public sealed class MeApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task PrivacyNotice_AcceptedOnce_ShowsOnMeAndAtNextSignIn()
    {
        using var driver = await DriverClient.SignInAsync(fixture, "privacy-1");
        Assert.False((await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("privacyNoticeAccepted").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await driver.PostAsync("/api/mp/me/privacy", null)).StatusCode);

        Assert.True((await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("privacyNoticeAccepted").GetBoolean());
        using var again = fixture.Factory.CreateClient();
        var session = await (await again.PostAsJsonAsync("/api/mp/session", new { code = "privacy-1-second" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(session.GetProperty("privacyNoticeAccepted").GetBoolean());
    }

    [Fact]
    public async Task DeleteMe_DriverWithEverything_LeavesNoRowAndTheTokenStopsWorking()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var me = await driver.GetFromJsonAsync<JsonElement>("/api/mp/me");
        var driverId = Guid.Parse(me.GetProperty("driverId").GetString()!);
        var start = DateTimeOffset.UtcNow.AddHours(6);
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/mp/reservations")
        {
            Content = JsonContent.Create(new { spaceId = DriverClient.SpaceId(fixture, "B2-F-030"), startsAt = start, endsAt = start.AddHours(1) }),
        })
        {
            request.Headers.Add("Idempotency-Key", "erase-me");
            Assert.Equal(HttpStatusCode.Created, (await driver.SendAsync(request)).StatusCode);
        }

        var parked = await driver.PostAsJsonAsync("/api/mp/records",
            new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B2-F-031" }, plate = "沪C00001", note = "私人备注" });
        Assert.Equal(HttpStatusCode.Created, parked.StatusCode);
        var recordId = (await parked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await driver.PostAsync($"/api/mp/records/{recordId}/photo", RecordPhotosApiTests.Form(TestImages.Jpeg(40, 30)))).StatusCode);
        var photo = Path.Combine(fixture.Factory.PhotosPath, $"{recordId}.jpg");
        Assert.True(File.Exists(photo));
        await driver.PostAsync($"/api/mp/records/{recordId}/end", null);

        await NoticeSeed.AddAsync(fixture, driverId, "B2-F-032", DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow);
        Assert.Equal(2, (await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("unreadCount").GetInt32());

        var deleted = await driver.DeleteAsync("/api/mp/me");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await driver.GetAsync("/api/mp/me")).StatusCode);
        using var scope = fixture.Factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Drivers.AnyAsync(d => d.Id == driverId));
        Assert.False(await db.DriverSessions.AnyAsync(s => s.DriverId == driverId));
        Assert.False(await db.Reservations.AnyAsync(r => r.DriverId == driverId));
        Assert.False(await db.IdempotencyRecords.AnyAsync(r => r.DriverId == driverId));
        Assert.False(await db.ParkingRecords.AnyAsync(r => r.DriverId == driverId));
        Assert.False(await db.DriverNotices.AnyAsync(n => n.DriverId == driverId));
        Assert.False(File.Exists(photo));
        Assert.Empty(Directory.EnumerateFiles(fixture.Factory.PhotosPath, $"{recordId}*"));
    }
}
