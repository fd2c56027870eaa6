using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;

namespace ParkShare.Tests.Support;

/// <summary>Writes notices straight into the host's database, for the tests of the inbox and of erasure.</summary>
public static class NoticeSeed
{
    public static async Task<Guid> DriverIdAsync(HttpClient driver) =>
        Guid.Parse((await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("driverId").GetString()!);

    /// <summary>One expiry notice per creation time, each about a reservation of its own on <paramref name="spaceCode"/>.</summary>
    public static async Task<IReadOnlyList<Guid>> AddAsync(DemoLotFixture fixture, Guid driverId, string spaceCode, params DateTime[] createdAtUtc)
    {
        var spaceId = Guid.Parse(DriverClient.SpaceId(fixture, spaceCode));
        using var scope = fixture.Factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        var notices = createdAtUtc.Select(at =>
        {
            var reservation = Reservation.Hold(Guid.Parse(fixture.LotId), spaceId, driverId, at.AddHours(-2), at.AddHours(-1), 15, at.AddHours(-3));
            return DriverNotice.About(reservation, NoticeKind.ReservationExpired, spaceCode, spaceCode[..2], at);
        }).ToList();
        db.DriverNotices.AddRange(notices);
        await db.SaveChangesAsync();
        return [.. notices.Select(n => n.Id)];
    }
}
