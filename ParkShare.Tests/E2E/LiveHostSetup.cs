using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>Drives a host process in Live mode through its API and its official-account callback, as WeChat and the mini-program would.</summary>
internal static class LiveHostSetup
{
    internal static async Task<HttpClient> SignInAsync(HttpClient http, HostProcess host, string code)
    {
        var response = await http.PostAsJsonAsync($"{host.BaseUrl}/api/mp/session", new { code });
        response.EnsureSuccessStatusCode();
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return client;
    }

    internal static async Task<string> LotIdAsync(HttpClient http, HostProcess host) =>
        (await http.GetFromJsonAsync<JsonElement>($"{host.BaseUrl}/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString()!;

    /// <summary>Creates an invite, lets <paramref name="accept"/> take it, and answers the new friend's driver id.</summary>
    internal static async Task<string> BindAsync(HttpClient driver, HostProcess host, Func<string, Task> accept)
    {
        var before = await FriendIdsAsync(driver, host);
        var invite = await driver.PostAsync($"{host.BaseUrl}/api/mp/bindings/invites", null);
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        await accept((await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!);
        var added = await Eventually.ValueAsync(
            async () => (await FriendIdsAsync(driver, host)).Except(before).ToList(), a => a.Count == 1, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100));
        return added.Count == 1 ? added[0] : throw new TimeoutException("The binding did not appear.");
    }

    internal static async Task<List<string>> FriendIdsAsync(HttpClient driver, HostProcess host) =>
        [.. (await driver.GetFromJsonAsync<JsonElement>($"{host.BaseUrl}/api/mp/bindings")).GetProperty("items").EnumerateArray().Select(b => b.GetProperty("otherDriverId").GetString()!)];

    internal static async Task AcceptAsync(HttpClient friend, HostProcess host, string code) =>
        Assert.Equal(HttpStatusCode.Created, (await friend.PostAsJsonAsync($"{host.BaseUrl}/api/mp/bindings/accept", new { invite = code })).StatusCode);

    /// <summary>A subscribe event from WeChat for a new follower who scanned the invite's QR (safe mode, as WeChat sends it to a host with an EncodingAESKey).</summary>
    internal static async Task FollowAsync(HttpClient http, HostProcess host, string openId, string code)
    {
        var (query, envelope) = SubscribeDelivery(openId, code);
        var response = await http.PostAsync($"{host.BaseUrl}/wechat/oa?{query}", new StringContent(envelope, Encoding.UTF8, "text/xml"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>One safe-mode subscribe event with the invite's scene: its query string and body, as WeChat sends it (and resends it, byte for byte).</summary>
    internal static (string Query, string Envelope) SubscribeDelivery(string openId, string code)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N")[..10];
        var signature = WeChatSignature.Compute(FakeWeChatServer.OfficialAccountToken, timestamp, nonce);
        var xml = $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{timestamp}</CreateTime>"
            + $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_bind:{code}]]></EventKey></xml>";
        var encrypt = new WeChatMessageCrypto(FakeWeChatServer.EncodingAesKey, FakeWeChatServer.OfficialAccountAppId).Encrypt(xml);
        var msgSignature = WeChatSignature.Compute(FakeWeChatServer.OfficialAccountToken, timestamp, nonce, encrypt);
        return ($"signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openId}&encrypt_type=aes&msg_signature={msgSignature}",
            $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>");
    }

    /// <summary>Waits until the outbox holds <paramref name="expected"/> record messages and none is pending; answers them.</summary>
    internal static async Task<List<OutboxRow>> DrainedAsync(string databasePath, int expected)
    {
        return await Eventually.ValueAsync(
            async () =>
            {
                await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT \"RecipientId\", \"Event\", \"State\", \"Channel\" FROM \"OutboxMessages\" WHERE \"RecordId\" IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync();
                List<OutboxRow> rows = [];
                while (await reader.ReadAsync())
                {
                    rows.Add(new OutboxRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
                }

                return rows;
            },
            rows => rows.Count == expected && rows.All(r => r.State != "Pending"),
            TimeSpan.FromSeconds(25), TimeSpan.FromMilliseconds(200));
    }

    internal sealed record OutboxRow(string RecipientId, string Event, string State, string? Channel);
}
