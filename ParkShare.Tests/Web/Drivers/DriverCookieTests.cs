using System.Net;
using System.Net.Http.Json;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Mobile;
using ParkShare.Web.Drivers;

namespace ParkShare.Tests.Web.Drivers;

/// <summary>The mobile pages' cookie works on the API too, but another site cannot make a signed-in phone write (CSRF).</summary>
public sealed class DriverCookieTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task ApiRead_Cookie_IsTheSignedInDriver()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/api/mp/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.Http.GetAsync("/api/mp/records/current")).StatusCode);
    }

    [Fact]
    public async Task ApiWrite_CookieWithoutCsrfHeader_Is401AndWritesNothing()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        var response = await phone.Http.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B1-F-001" } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.Http.GetAsync("/api/mp/records/current")).StatusCode);
    }

    [Fact]
    public async Task ApiWrite_CookieWithCsrfHeader_Created()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mp/records") { Content = JsonContent.Create(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B1-F-002" } }) };
        request.Headers.Add(DriverCookie.CsrfHeader, "1");
        Assert.Equal(HttpStatusCode.Created, (await phone.Http.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/api/mp/records/current")).StatusCode);
    }
}
