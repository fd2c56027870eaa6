using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ParkShare.Tests.Support;

/// <summary>Signs a sandbox driver in through the real endpoint and hands back an authorised client.</summary>
public static class DriverClient
{
    public static async Task<HttpClient> SignInAsync(DemoLotFixture fixture, string? code = null)
    {
        var client = fixture.Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/mp/session", new { code = code ?? Guid.NewGuid().ToString("N") });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }

    public static string SpaceId(DemoLotFixture fixture, string code)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var maps = scope.ServiceProvider.GetRequiredService<ParkShare.Core.Lots.LotMapCache>();
        var map = maps.GetAsync(Guid.Parse(fixture.LotId)).GetAwaiter().GetResult()!;
        return map.Spaces.Single(s => s.Code == code).Id.ToString();
    }
}
