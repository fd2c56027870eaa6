using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>/api/mp/shares: the owner's links. Another driver's ids are 404, bad input 400, nothing half-written.</summary>
public sealed class SharesApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Create_ThenListGetViewsRevoke_OwnerSeesTheLinkAgain()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var record = await ParkAsync(driver, "B3-A-005");

        var created = await driver.PostAsJsonAsync("/api/mp/shares", new { recordId = record, lifetimeHours = 5, pin = "246813", maxViews = 3 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var share = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = share.GetProperty("id").GetString();
        var url = share.GetProperty("url").GetString()!;
        Assert.Matches("^http://localhost:5080/s/[A-Za-z0-9_-]{22}$", url);
        Assert.Equal(url + "/qr.png", share.GetProperty("qrPngUrl").GetString());
        Assert.True(share.GetProperty("hasPin").GetBoolean());
        Assert.Equal("active", share.GetProperty("state").GetString());
        Assert.Equal(url, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{id}")).GetProperty("url").GetString());
        Assert.Single((await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares?recordId={record}")).GetProperty("items").EnumerateArray());
        Assert.Equal(0, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{id}/views")).GetProperty("items").GetArrayLength());

        var extended = await driver.PostAsJsonAsync($"/api/mp/shares/{id}/extend", new { lifetimeHours = 24 });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await driver.DeleteAsync($"/api/mp/shares/{id}")).StatusCode);
        Assert.Equal("revoked", (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{id}")).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await driver.PostAsJsonAsync($"/api/mp/shares/{id}/extend", new { lifetimeHours = 24 })).StatusCode);
    }

    [Fact]
    public async Task AnotherDriversLink_Is404Everywhere()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var record = await ParkAsync(owner, "B3-A-006");
        var id = (await (await owner.PostAsJsonAsync("/api/mp/shares", new { recordId = record })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/mp/shares/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/mp/shares/{id}/views")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/mp/shares/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/mp/shares", new { recordId = record })).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items").EnumerateArray());
        Assert.Equal("active", (await owner.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{id}")).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("{\"lifetimeHours\":5}", "validation_failed")]
    [InlineData("{\"recordId\":\"RECORD\",\"lifetimeHours\":100000}", "share_lifetime_too_long")]
    [InlineData("{\"recordId\":\"RECORD\",\"lifetimeHours\":-1}", "validation_failed")]
    [InlineData("{\"recordId\":\"RECORD\",\"pin\":\"12ab\"}", "share_pin_invalid")]
    [InlineData("{\"recordId\":\"RECORD\",\"maxViews\":0}", "share_view_limit_invalid")]
    [InlineData("{\"recordId\":", "malformed_json")]
    public async Task Create_BadInput_400WithCodeAndNoLink(string body, string code)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var record = await ParkAsync(driver, "B3-A-020");

        var response = await driver.PostAsync("/api/mp/shares", new StringContent(body.Replace("RECORD", record, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Empty((await driver.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items").EnumerateArray());
    }

    private async Task<string> ParkAsync(HttpClient driver, string code)
    {
        var response = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
