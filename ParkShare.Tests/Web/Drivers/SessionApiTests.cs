using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Drivers;

public sealed class SessionApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task SignIn_SandboxCode_ReturnsOpaqueTokenButNoSessionKey()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/mp/session", new { code = "alice-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(43, body.GetProperty("token").GetString()!.Length);
        Assert.True(body.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(29));
        Assert.DoesNotContain("session", text.Replace("\"token\"", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_SameCodeTwice_SecondIs401()
    {
        using var client = fixture.Factory.CreateClient();
        await client.PostAsJsonAsync("/api/mp/session", new { code = "reused-1" });

        var again = await client.PostAsJsonAsync("/api/mp/session", new { code = "reused-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("invalid_login_code", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{}", 400)]
    [InlineData("{\"code\":\"has space\"}", 401)]
    [InlineData("{\"code\":\"<script>\"}", 401)]
    [InlineData("not json", 400)]
    public async Task SignIn_BadCode_Returns4xxProblem(string json, int status)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsync("/api/mp/session", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB")]
    [InlineData("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    public async Task DriverApi_WithoutValidToken_Returns401Problem(string? authorization)
    {
        using var client = fixture.Factory.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        var response = await client.GetAsync("/api/mp/reservations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("session_required", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task DriverApi_WithToken_Answers()
    {
        using var client = await DriverClient.SignInAsync(fixture);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/mp/reservations");

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Start_SandboxInProductionWithoutOptIn_IsRefused()
    {
        using var factory = new ProductionFactory();

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Sandbox", error.Message, StringComparison.Ordinal);
    }

    private sealed class ProductionFactory : ParkShareWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
