using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>The host in Live mode: the live client is the one registered and the mini-program login goes to (fake) WeChat.</summary>
public sealed class LiveWeChatHostTests(LiveWeChatHostFixture fixture) : IClassFixture<LiveWeChatHostFixture>
{
    [Fact]
    public void Services_LiveMode_LiveClientRegistered() =>
        Assert.IsType<LiveWeChatClient>(fixture.Factory.Services.GetRequiredService<IWeChatClient>());

    [Fact]
    public async Task Session_LiveCode_SignsInOnceThen401()
    {
        using var client = fixture.Factory.CreateClient();

        var first = await client.PostAsJsonAsync("/api/mp/session", new { code = "live-code-1" });
        var again = await client.PostAsJsonAsync("/api/mp/session", new { code = "live-code-1" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(string.IsNullOrEmpty((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }
}
