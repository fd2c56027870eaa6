using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Parking;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Parking;

/// <summary>The console's reservations table: the time filter (typed in the lot's zone) and paging, done in the query.</summary>
public sealed class LotReservationsFilterTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private LotOperations Operations => fixture.Factory.Services.GetRequiredService<LotOperations>();

    private Guid LotId => Guid.Parse(fixture.LotId);

    [Theory]
    [InlineData("2026-11-27T08:30", "2026-11-27T00:30:00Z")]
    [InlineData("2026-11-27T00:15:00", "2026-11-26T16:15:00Z")]
    public void ToUtc_LotLocalValue_ConvertsFromTheLotsZone(string local, string utc)
    {
        Assert.Equal(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), LotLocalTime.ToUtc(local, Shanghai));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("27/11/2026 08:30")]
    public void ToUtc_BlankOrUnreadable_IsNoBound(string? local) => Assert.Null(LotLocalTime.ToUtc(local, Shanghai));

    [Fact]
    public async Task Reservations_TimeWindowInLotTime_KeepsOnlyOverlappingOnes()
    {
        var day = LotLocalTime.FromUtc(DateTime.UtcNow, Shanghai).Date.AddDays(2);
        var morning = await ReserveAsync("B1-D-001", day.AddHours(8), 1);
        var noon = await ReserveAsync("B1-D-002", day.AddHours(12), 2);
        var evening = await ReserveAsync("B1-D-003", day.AddHours(19), 1);
        string Local(double hours) => day.AddHours(hours).ToString(LotLocalTime.InputFormat, System.Globalization.CultureInfo.InvariantCulture);

        var window = new ReservationFilter(FromUtc: LotLocalTime.ToUtc(Local(11), Shanghai), ToUtc: LotLocalTime.ToUtc(Local(13), Shanghai));
        var afterNoon = new ReservationFilter(FromUtc: LotLocalTime.ToUtc(Local(13.5), Shanghai));
        var rows = await Operations.ReservationsAsync(LotId, window, null, 100);
        var later = await Operations.ReservationsAsync(LotId, afterNoon, null, 100);

        Assert.Equal([noon], rows.Select(r => r.Id).Where(id => id == morning || id == noon || id == evening));
        Assert.Equal([noon, evening], later.Select(r => r.Id).Where(id => id == morning || id == noon || id == evening));
    }

    [Fact]
    public async Task Reservations_PagedByStart_EveryRowOnceInOrder()
    {
        var day = LotLocalTime.FromUtc(DateTime.UtcNow, Shanghai).Date.AddDays(3);
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await ReserveAsync($"B1-E-{i + 1:000}", day.AddHours(9 + (i % 2)), 1));
        }

        var filter = new ReservationFilter(ReservationState.Active, Guid.Parse(fixture.LevelId("B1")), LotLocalTime.ToUtc(day.ToString(LotLocalTime.InputFormat, System.Globalization.CultureInfo.InvariantCulture), Shanghai));
        var seen = new List<Reservation>();
        PageKey? after = null;
        while (true)
        {
            var page = await Operations.ReservationsAsync(LotId, filter, after, 2);
            seen.AddRange(page);
            if (page.Count < 2)
            {
                break;
            }

            after = new PageKey(page[^1].StartsAtUtc, page[^1].Id);
        }

        Assert.All(created, id => Assert.Single(seen, r => r.Id == id));
        Assert.Equal(seen.Select(r => r.StartsAtUtc).Order(), seen.Select(r => r.StartsAtUtc));
        Assert.Equal(seen.Count, seen.Select(r => r.Id).Distinct().Count());
    }

    /// <summary>Reserves through the API with a start given in lot time (each by a new driver: the lot allows two per driver).</summary>
    private async Task<Guid> ReserveAsync(string space, DateTime localStart, int hours)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var start = new DateTimeOffset(localStart, Shanghai.GetUtcOffset(localStart));
        var response = await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, space), startsAt = start, endsAt = start.AddHours(hours) });
        response.EnsureSuccessStatusCode();
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }
}
