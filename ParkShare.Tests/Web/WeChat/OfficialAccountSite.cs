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

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string NewNonce() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);

    /// <summary>The plain signature query; a fresh timestamp and nonce unless given.</summary>
    public static string SignedQuery(string? timestamp = null, string? nonce = null, string? token = null)
    {
        timestamp ??= Now();
        nonce ??= NewNonce();
        return $"signature={WeChatSignature.Compute(token ?? Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}";
    }

    /// <summary>A safe-mode delivery of <paramref name="xml"/> as WeChat sends it: query (signature, msg_signature) and envelope.</summary>
    public static (string Query, string Envelope) Encrypted(string xml, string? timestamp = null, string? nonce = null)
    {
        timestamp ??= Now();
        nonce ??= NewNonce();
        var encrypt = new WeChatMessageCrypto(AesKey, AppId).Encrypt(xml);
        var query = SignedQuery(timestamp, nonce) + $"&encrypt_type=aes&msg_signature={WeChatSignature.Compute(Token, timestamp, nonce, encrypt)}&openid=oa-safe";
        return (query, $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    }

    /// <summary>The Content of a reply, decrypted when it came in safe mode.</summary>
    public static async Task<string> ContentOfAsync(HttpResponseMessage response)
    {
        var fields = OfficialAccountXml.Read(await response.Content.ReadAsByteArrayAsync());
        if (fields.TryGetValue("Encrypt", out var encrypt))
        {
            fields = OfficialAccountXml.Read(Encoding.UTF8.GetBytes(new WeChatMessageCrypto(AesKey, AppId).Decrypt(encrypt)));
        }

        return fields["Content"];
    }

    public static string Text(string from, string content, string? msgId = null) =>
        $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{NextCreateTime()}</CreateTime>"
        + $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId ?? NextCreateTime().ToString(CultureInfo.InvariantCulture)}</MsgId></xml>";

    public static string Event(string from, string name, string? key = null, long? createTime = null) =>
        $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{createTime ?? NextCreateTime()}</CreateTime>"
        + $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>{(key is null ? string.Empty : $"<EventKey><![CDATA[{key}]]></EventKey>")}</xml>";

    /// <summary>Posts <paramref name="xml"/> in safe mode as WeChat does (this host has an EncodingAESKey), or as given with an explicit query.</summary>
    public Task<HttpResponseMessage> PostAsync(string xml, string? query = null)
    {
        if (query is null)
        {
            (query, xml) = Encrypted(xml);
        }

        return Client.PostAsync("/wechat/oa?" + query, new StringContent(xml, Encoding.UTF8, "text/xml"));
    }

    /// <summary>The Content of the reply to a safe-mode delivery.</summary>
    public async Task<string> ReplyAsync(string xml)
    {
        var response = await PostAsync(xml);
        response.EnsureSuccessStatusCode();
        return await ContentOfAsync(response);
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
