using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Parking;

/// <summary>Plates belong to their driver: normalised, never checked or found across drivers, searchable in one's own records.</summary>
public sealed class PlatePrivacyTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Park_PlateParkedByAnotherDriver_BothParkedAndNothingTold()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var stranger = await DriverClient.SignInAsync(fixture);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsJsonAsync("/api/mp/records", Park("B3-A-001", "粤B66666"))).StatusCode);

        var response = await stranger.PostAsJsonAsync("/api/mp/records", Park("B3-A-002", "粤B66666"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("沪Ａ·12 345")]
    [InlineData(" 沪a-12345 ")]
    [InlineData("沪A　１２３４５")]
    [InlineData("沪A•12345")]
    public async Task Park_PlateWithSpacesCaseFullWidthOrSeparator_StoredNormalised(string plate)
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var created = await driver.PostAsJsonAsync("/api/mp/records", Park("B3-A-003", plate));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("沪A12345", record.GetProperty("plate").GetString());
        await driver.PostAsync($"/api/mp/records/{record.GetProperty("id").GetString()}/end", null);
    }

    [Fact]
    public async Task ListRecords_ByPlateInAnyForm_OnlyTheDriversOwnMatchingRecords()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var first = await (await driver.PostAsJsonAsync("/api/mp/records", Park("B3-A-004", "浙C77777"))).Content.ReadFromJsonAsync<JsonElement>();
        await driver.PostAsync($"/api/mp/records/{first.GetProperty("id").GetString()}/end", null);
        Assert.Equal(HttpStatusCode.Created, (await driver.PostAsJsonAsync("/api/mp/records", Park("B3-A-005", "浙D88888"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/mp/records", Park("B3-A-006", "浙C77777"))).StatusCode);

        var mine = await driver.GetFromJsonAsync<JsonElement>("/api/mp/records?plate=" + Uri.EscapeDataString("浙c·77 777"));
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/mp/records?plate=" + Uri.EscapeDataString("浙D88888"));

        var item = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(first.GetProperty("id").GetString(), item.GetProperty("id").GetString());
        Assert.Empty(theirs.GetProperty("items").EnumerateArray());
    }

    private object Park(string code, string plate) => new { lotId = fixture.LotId, position = new { kind = "spaceCode", code }, plate };
}
