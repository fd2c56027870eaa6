using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Occupancy;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// What the fuzzer's requests refer to: two drivers (the owner and another), a signed-out driver's token,
/// each driver's record, share and reservation, a console cookie and a sensor key.
/// </summary>
internal sealed class FuzzFixture
{
    public required string LotId { get; init; }
    public required string LevelId { get; init; }
    public required string SpaceId { get; init; }
    public required string Own { get; init; }
    public required string Other { get; init; }
    public required string Expired { get; init; }
    public required string OwnRecord { get; init; }
    public required string OtherRecord { get; init; }
    public required string OwnShare { get; init; }
    public required string OtherShare { get; init; }
    public required string ShareToken { get; init; }
    public required string OwnReservation { get; init; }
    public required string OtherReservation { get; init; }
    public required string InviteCode { get; init; }
    public required string ConsoleCookie { get; init; }
    public required string SensorKey { get; init; }
    public required string GeoJson { get; init; }

    public static async Task<FuzzFixture> CreateAsync(HttpClient http, Host host)
    {
        var b = host.BaseUrl;
        var lot = await Api.DemoLotAsync(http, b);
        var own = await Api.SignInAsync(http, b);
        var other = await Api.SignInAsync(http, b);
        var expired = await Api.SignInAsync(http, b);
        (await http.SendAsync(Api.Request(HttpMethod.Delete, $"{b}/api/mp/session", expired))).EnsureSuccessStatusCode();
        var (ownRecord, ownShare, token, ownReservation) = await ParkAsync(http, b, own, lot, "B2-C-017", 0);
        var (otherRecord, otherShare, _, otherReservation) = await ParkAsync(http, b, other, lot, "B2-C-018", 1);
        var invite = await (await http.SendAsync(Api.Request(HttpMethod.Post, $"{b}/api/mp/bindings/invites", own))).Content.ReadFromJsonAsync<JsonElement>();
        var cookie = await Api.ConsoleCookieAsync(b);
        using var export = new HttpRequestMessage(HttpMethod.Get, $"{b}/api/console/lots/{lot.LotId}/geojson");
        export.Headers.Add("Cookie", cookie);
        var geoJson = await (await http.SendAsync(export)).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        return new FuzzFixture
        {
            LotId = lot.LotId, LevelId = lot.LevelIds[0], SpaceId = lot.Spaces[0].Id, Own = own, Other = other, Expired = expired,
            OwnRecord = ownRecord, OtherRecord = otherRecord, OwnShare = ownShare, OtherShare = otherShare, ShareToken = token,
            OwnReservation = ownReservation, OtherReservation = otherReservation, InviteCode = invite.GetProperty("code").GetString()!,
            ConsoleCookie = cookie, SensorKey = await SensorKeyAsync(host, Guid.Parse(lot.LotId)), GeoJson = geoJson,
        };
    }

    private static async Task<(string Record, string Share, string Token, string Reservation)> ParkAsync(HttpClient http, string b, string token, DemoLot lot, string code, int slot)
    {
        var record = await (await http.SendAsync(Api.Request(HttpMethod.Post, $"{b}/api/mp/records", token, new { lotId = lot.LotId, position = new { kind = "spaceCode", code } })))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var recordId = record.GetProperty("id").GetString()!;
        var share = await (await http.SendAsync(Api.Request(HttpMethod.Post, $"{b}/api/mp/shares", token, new { recordId, lifetimeHours = 24 })))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var url = share.GetProperty("url").GetString()!;
        var start = DateTimeOffset.UtcNow.Date.AddDays(1).AddHours(8 + slot);
        var reservation = await (await http.SendAsync(Api.Request(HttpMethod.Post, $"{b}/api/mp/reservations", token,
            new { spaceId = lot.Spaces.First(s => s.Reservable).Id, startsAt = new DateTimeOffset(start, TimeSpan.Zero), endsAt = new DateTimeOffset(start.AddMinutes(30), TimeSpan.Zero) })))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return (recordId, share.GetProperty("id").GetString()!, url[(url.IndexOf("/s/", StringComparison.Ordinal) + 3)..].Split('?', '#')[0], reservation.GetProperty("id").GetString()!);
    }

    /// <summary>A sensor key made as the console's page makes it, by the Core service on the host's own database.</summary>
    internal static async Task<string> SensorKeyAsync(Host host, Guid lotId)
    {
        var service = new LotApiKeyService(new Contexts(host), TimeProvider.System);
        var outcome = await service.CreateAsync(lotId, "fuzz", "reliability");
        return outcome.Secret ?? throw new InvalidOperationException($"no sensor key: {outcome.Error}");
    }

    private sealed class Contexts(Host host) : IDbContextFactory<ParkShareDbContext>
    {
        public ParkShareDbContext CreateDbContext() => host.Postgres
            ? new PostgresParkShareDbContext(new DbContextOptionsBuilder<PostgresParkShareDbContext>().UseNpgsql(host.ConnectionString).Options)
            : new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite(host.ConnectionString).Options);
    }
}
