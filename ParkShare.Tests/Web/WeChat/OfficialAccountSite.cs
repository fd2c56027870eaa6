using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>The host with an official-account Token, EncodingAESKey and AppId, a "test:" scene handler, and helpers that sign like WeChat.</summary>
public sealed class OfficialAccountSite : IAsyncLifetime
{
    public const string Token = "parkshare-test-token";
    public const string AesKey = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR";
    public const string AppId = "wx49f0ab532d5d035a";
    private static long _createTime = 1_790_000_000;

    public Factory Host { get; } = new();

    public RecordingSceneHandler Scenes => Host.Scenes;

    public HttpClient Client { get; private set; } = null!;

    public string LotId { get; private set; } = string.Empty;

    public static long NextCreateTime() => Interlocked.Increment(ref _createTime);

    public async Task InitializeAsync()
    {
        Client = Host.CreateClient();
        LotId = (await Client.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    public static string SignedQuery(string timestamp = "1790000000", string nonce = "424242", string? token = null) =>
        $"signature={WeChatSignature.Compute(token ?? Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}";

    public static string Text(string from, string content, string? msgId = null) =>
        $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{NextCreateTime()}</CreateTime>"
        + $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId ?? NextCreateTime().ToString(CultureInfo.InvariantCulture)}</MsgId></xml>";

    public static string Event(string from, string name, string? key = null, long? createTime = null) =>
        $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{createTime ?? NextCreateTime()}</CreateTime>"
        + $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>{(key is null ? string.Empty : $"<EventKey><![CDATA[{key}]]></EventKey>")}</xml>";

    public Task<HttpResponseMessage> PostAsync(string xml, string? query = null) =>
        Client.PostAsync("/wechat/oa?" + (query ?? SignedQuery()), new StringContent(xml, Encoding.UTF8, "text/xml"));

    /// <summary>The Content of a plain text reply.</summary>
    public async Task<string> ReplyAsync(string xml)
    {
        var response = await PostAsync(xml);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        return OfficialAccountXml.Read(body)["Content"];
    }

    public async Task<HttpClient> SignInDriverAsync()
    {
        var client = Host.CreateClient();
        var session = await (await client.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }

    public async Task<Driver?> DriverByOpenIdAsync(string openId)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        return await db.Drivers.AsNoTracking().SingleOrDefaultAsync(d => d.OfficialAccountOpenId == openId);
    }


    public sealed class Factory : ParkShareWebFactory
    {
        public RecordingSceneHandler Scenes { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Settings["WeChat:OfficialAccount:Token"] = Token;
            Settings["WeChat:OfficialAccount:EncodingAESKey"] = AesKey;
            Settings["WeChat:OfficialAccount:AppId"] = AppId;
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IOfficialAccountSceneHandler>(Scenes));
        }
    }
}
