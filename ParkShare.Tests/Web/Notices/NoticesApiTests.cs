using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Notices;

public sealed class NoticesApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly DateTime T0 = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task List_FiveNotices_NewestFirstInKeysetPagesWithTheUnreadCount()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var ids = await NoticeSeed.AddAsync(fixture, await NoticeSeed.DriverIdAsync(driver), "B1-E-001", [.. Enumerable.Range(0, 5).Select(i => T0.AddMinutes(i))]);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/notices?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.Equal(5, page.GetProperty("unreadCount").GetInt32());
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(ids.Reverse().Select(i => i.ToString()), seen);
    }

    [Fact]
    public async Task Read_OneThenAll_UnreadCountFallsAndTheFirstReadTimeStays()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var ids = await NoticeSeed.AddAsync(fixture, await NoticeSeed.DriverIdAsync(driver), "B1-E-002", T0, T0.AddMinutes(1), T0.AddMinutes(2));

        Assert.Equal(HttpStatusCode.NoContent, (await driver.PostAsync($"/api/mp/notices/{ids[0]}/read", null)).StatusCode);
        var afterOne = await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices");
        var unread = await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices?unreadOnly=true");
        var firstRead = Item(afterOne, ids[0]).GetProperty("readAt").GetDateTimeOffset();
        Assert.Equal(HttpStatusCode.NoContent, (await driver.PostAsync("/api/mp/notices/read-all", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await driver.PostAsync($"/api/mp/notices/{ids[0]}/read", null)).StatusCode);
        var afterAll = await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices");

        Assert.Equal(2, afterOne.GetProperty("unreadCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, Item(afterOne, ids[1]).GetProperty("readAt").ValueKind);
        Assert.Equal([ids[2].ToString(), ids[1].ToString()], unread.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(0, afterAll.GetProperty("unreadCount").GetInt32());
        Assert.Equal(firstRead, Item(afterAll, ids[0]).GetProperty("readAt").GetDateTimeOffset());
        Assert.All(afterAll.GetProperty("items").EnumerateArray(), i => Assert.NotEqual(JsonValueKind.Null, i.GetProperty("readAt").ValueKind));
    }

    [Fact]
    public async Task Read_AnotherDriversNotice_Answers404AndLeavesItUnread()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var ids = await NoticeSeed.AddAsync(fixture, await NoticeSeed.DriverIdAsync(owner), "B1-E-003", T0);

        var stolen = await other.PostAsync($"/api/mp/notices/{ids[0]}/read", null);
        var garbage = await other.PostAsync("/api/mp/notices/not-a-guid/read", null);
        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsync("/api/mp/notices/read-all", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal("notice_not_found", (await stolen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("items").EnumerateArray());
        Assert.Equal(1, (await owner.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("unreadCount").GetInt32());
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=101")]
    [InlineData("?cursor=zzz")]
    [InlineData("?unreadOnly=maybe")]
    public async Task List_BadQuery_Answers400ProblemDetails(string query)
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var response = await driver.GetAsync($"/api/mp/notices{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_WithoutSession_Answers401()
    {
        using var anonymous = fixture.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/mp/notices")).StatusCode);
    }

    [Fact]
    public async Task List_StaffCancellation_ReadsInChineseByDefaultAndInEnglish_WithLotLocalTimes()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var hour = DateTime.UtcNow;
        var start = new DateTime(hour.Year, hour.Month, hour.Day, hour.Hour, 0, 0, DateTimeKind.Utc).AddHours(3);
        var created = await (await driver.PostAsJsonAsync("/api/mp/reservations",
            new { spaceId = DriverClient.SpaceId(fixture, "B1-E-010"), startsAt = start, endsAt = start.AddMinutes(90) })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        var operations = fixture.Factory.Services.GetRequiredService<LotOperations>();
        Assert.True(await operations.CancelAsync(Guid.Parse(fixture.LotId), Guid.Parse(id), "消防检查 fire drill"));
        var zone = LotTime.Zone("Asia/Shanghai");
        var window = $"{LotTime.ToLocal(start, zone):HH:mm}–{LotTime.ToLocal(start.AddMinutes(90), zone):HH:mm}";

        var zh = Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices")).GetProperty("items").EnumerateArray());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/mp/notices");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = Assert.Single((await (await driver.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());

        Assert.Equal("预约已被停车场取消", zh.GetProperty("title").GetString());
        Assert.Contains("B1-E-010", zh.GetProperty("text").GetString());
        Assert.Contains(window, zh.GetProperty("text").GetString());
        Assert.Contains("原因：消防检查 fire drill", zh.GetProperty("text").GetString());
        Assert.Equal("Reservation cancelled by the lot", en.GetProperty("title").GetString());
        Assert.Contains(window, en.GetProperty("text").GetString());
        Assert.Contains("Reason: 消防检查 fire drill", en.GetProperty("text").GetString());
        Assert.Equal(("reservationCancelledByStaff", id, $"/m/reservations/{id}"), (en.GetProperty("kind").GetString(), en.GetProperty("subjectId").GetString(), en.GetProperty("link").GetString()));
        Assert.Equal(start, en.GetProperty("at").GetDateTimeOffset().UtcDateTime);
    }

    private static JsonElement Item(JsonElement page, Guid id) =>
        page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id.ToString());
}
