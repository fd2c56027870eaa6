using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Push;
using ParkShare.Core.WeChat;
using ParkShare.Tests.E2E;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Staff;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// What two nodes on one database must share: share links, console cookies, lot edits, WeChat
/// callback de-duplication and the push outbox. Each test acts on node A and checks node B (or both).
/// </summary>
public sealed partial class MultiNodeSharedStateTests(MultiNodeFixture fixture) : IClassFixture<MultiNodeFixture>
{
    private TwoNodes Nodes => fixture.Nodes;

    [Fact]
    public async Task ShareLink_CreatedOnA_OpensOnB()
    {
        using var http = new HttpClient();
        var driver = await LiveHostSetup.SignInAsync(http, Nodes.A, "share-" + Guid.NewGuid().ToString("N")[..8]);
        var lotId = await LiveHostSetup.LotIdAsync(http, Nodes.A);
        var record = await driver.PostAsJsonAsync($"{Nodes.A.BaseUrl}/api/mp/records", new { lotId, position = new { kind = "spaceCode", code = "B2-C-017" } });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        var recordId = (await record.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var share = await driver.PostAsJsonAsync($"{Nodes.A.BaseUrl}/api/mp/shares", new { recordId });
        Assert.Equal(HttpStatusCode.Created, share.StatusCode);
        var url = (await share.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        var page = await http.GetAsync($"{Nodes.B.BaseUrl}/s/{url[(url.LastIndexOf('/') + 1)..]}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("B2-C-017", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LotEdit_SavedOnA_ShownOnBsMapWithinTwoSecondsAndRefinedAgainstOnBAtOnce()
    {
        using var http = new HttpClient();
        var lotId = await LiveHostSetup.LotIdAsync(http, Nodes.A);
        var level = (await http.GetFromJsonAsync<JsonElement>($"{Nodes.A.BaseUrl}/api/mp/lots/{lotId}")).GetProperty("levels")[0].GetProperty("id").GetString();
        var mapOnB = $"{Nodes.B.BaseUrl}/api/mp/lots/{lotId}/levels/{level}/map";
        var space = (await http.GetFromJsonAsync<JsonElement>(mapOnB)).GetProperty("spaces")[5];
        var (spaceId, oldCode) = (space.GetProperty("id").GetString()!, space.GetProperty("code").GetString()!);

        // A console cookie made on A works on B (one key ring): the lot is exported from B, edited on A.
        using var console = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(Nodes.A.BaseUrl) };
        Assert.Equal(HttpStatusCode.Redirect, (await LoginTests.PostLoginAsync(console, StaffConsole.AdminEmail, StaffConsole.AdminPassword)).StatusCode);
        var export = await console.GetAsync($"{Nodes.B.BaseUrl}/api/console/lots/{lotId}/geojson");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var file = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;

        // First edit: B's map (read, not refined, so only another node's notification can refresh it) shows it within 2 s.
        var firstCode = oldCode[..^3] + "8" + oldCode[^2..];
        Assert.DoesNotContain($"\"{firstCode}\"", await http.GetStringAsync(mapOnB), StringComparison.Ordinal);
        await RenameOnAAsync(console, lotId, file, spaceId, firstCode);
        Assert.True(await Eventually.TrueAsync(
            async () => (await http.GetStringAsync(mapOnB)).Contains($"\"{firstCode}\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(50)));

        // Second edit: B refines against it on its very next request, whatever the notification's delay.
        var secondCode = oldCode[..^3] + "9" + oldCode[^2..];
        Assert.NotEqual(secondCode, await ResolvedCodeAsync(http, Nodes.B, lotId, secondCode));
        await RenameOnAAsync(console, lotId, file, spaceId, secondCode);
        Assert.Equal(secondCode, await ResolvedCodeAsync(http, Nodes.B, lotId, secondCode));
    }

    [Fact]
    public async Task OfficialAccountCallback_SameDeliveryToBothNodesAtOnce_OneBindingAndTheSameReply()
    {
        using var http = new HttpClient();
        var driver = await LiveHostSetup.SignInAsync(http, Nodes.A, "inviter-" + Guid.NewGuid().ToString("N")[..8]);
        var invite = await driver.PostAsync($"{Nodes.A.BaseUrl}/api/mp/bindings/invites", null);
        var code = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var openId = "oa-both-" + Guid.NewGuid().ToString("N")[..8];
        var (query, envelope) = LiveHostSetup.SubscribeDelivery(openId, code);

        var replies = await Task.WhenAll(new[] { Nodes.A, Nodes.B }.Select(async node =>
        {
            var response = await http.PostAsync($"{node.BaseUrl}/wechat/oa?{query}", new StringContent(envelope, Encoding.UTF8, "text/xml"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return ReplyContent(await response.Content.ReadAsStringAsync());
        }));

        Assert.NotEmpty(replies[0]);
        Assert.Equal(replies[0], replies[1]);
        Assert.Single(await LiveHostSetup.FriendIdsAsync(driver, Nodes.B));
        await using var db = Nodes.CreateDbContext();
        Assert.Equal(1, await db.Drivers.CountAsync(d => d.OfficialAccountOpenId == openId));
    }

    [Fact]
    public async Task Outbox_ThousandMessagesTwoDispatchersOnTwoNodes_EachSentExactlyOnce()
    {
        const int Messages = 1000;
        var prefix = $"oa-outbox-{Guid.NewGuid().ToString("N")[..8]}-";
        var noticeIds = new List<Guid>();
        await using (var db = Nodes.CreateDbContext())
        {
            var now = DateTime.UtcNow;
            var space = await db.Spaces.AsNoTracking().OrderBy(s => s.Code).FirstAsync();
            var lotId = await db.Levels.Where(l => l.Id == space.LevelId).Select(l => l.LotId).FirstAsync();
            for (var i = 0; i < Messages; i++)
            {
                var driver = Driver.Create(new WeChatIdentity(WeChatChannel.OfficialAccount, prefix + i, null), now);
                var reservation = Reservation.Hold(lotId, space.Id, driver.Id, now.AddHours(1), now.AddHours(2), 15, now);
                var notice = DriverNotice.About(reservation, NoticeKind.ReservationStartsSoon, space.Code, null, now);
                db.Drivers.Add(driver);
                PushOutbox.AddNotice(db, notice, now);
                noticeIds.Add(notice.Id);
            }

            await db.SaveChangesAsync(); // one transaction: both dispatchers find all 1,000 due at once
        }

        var drained = await Eventually.TrueAsync(
            async () =>
            {
                await using var db = Nodes.CreateDbContext();
                return await db.OutboxMessages.CountAsync(m => m.NoticeId != null && noticeIds.Contains(m.NoticeId.Value) && m.State == OutboxState.Sent) == Messages;
            },
            TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(500));

        var delivered = fixture.WeChat.Delivered.Where(m => m.ToOpenId.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(drained, $"{delivered.Count} of {Messages} delivered\n{Nodes.Logs}");
        Assert.Equal(Messages, delivered.Count);
        Assert.Equal(Messages, delivered.Select(m => m.ToOpenId).Distinct().Count());
        Assert.All(delivered, m => Assert.Equal(MultiNodeFixture.NoticeTemplate, m.TemplateId));
        await using (var db = Nodes.CreateDbContext())
        {
            // One attempt each, unless an attempt failed on the way to WeChat (a timeout on a loaded machine) and
            // left its error: then the retry is the send, and the deliveries above are still exactly one each.
            var attempts = await db.OutboxMessages.Where(m => m.NoticeId != null && noticeIds.Contains(m.NoticeId.Value))
                .Select(m => new { m.Attempts, m.LastError }).ToListAsync();
            Assert.All(attempts, a => Assert.True(a.Attempts == 1 || a.LastError is not null, $"{a.Attempts} attempts, no failure recorded"));
        }
    }

    private static async Task RenameOnAAsync(HttpClient console, string lotId, JsonNode file, string spaceId, string code)
    {
        file["features"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == spaceId)!["properties"]!["code"] = code;
        using var replace = new HttpRequestMessage(HttpMethod.Post, $"/api/console/lots/{lotId}/geojson?preview=false")
        {
            Content = new StringContent(file.ToJsonString(), Encoding.UTF8, LotGeoJson.MediaType),
        };
        replace.Headers.Add(ParkShare.Web.Lots.Exchange.LotGeoJsonUpload.CsrfHeader, "1");
        var replaced = await console.SendAsync(replace);
        Assert.True(replaced.IsSuccessStatusCode, await replaced.Content.ReadAsStringAsync());
    }

    private static async Task<string?> ResolvedCodeAsync(HttpClient http, HostProcess node, string lotId, string code)
    {
        var response = await http.PostAsJsonAsync($"{node.BaseUrl}/api/mp/refine", new { lotId, position = new { kind = "spaceCode", code } });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("status").GetString() == "resolved" ? body.GetProperty("position").GetProperty("space").GetProperty("code").GetString() : null;
    }

    /// <summary>The text of a safe-mode passive reply (its Content), or the raw answer when it is not one.</summary>
    private static string ReplyContent(string answer)
    {
        var encrypted = EncryptPattern().Match(answer);
        if (!encrypted.Success)
        {
            return answer;
        }

        var xml = new WeChatMessageCrypto(FakeWeChatServer.EncodingAesKey, FakeWeChatServer.OfficialAccountAppId).Decrypt(encrypted.Groups[1].Value);
        return ContentPattern().Match(xml).Groups[1].Value;
    }

    [GeneratedRegex(@"<Encrypt><!\[CDATA\[([^\]]+)\]\]></Encrypt>")]
    private static partial Regex EncryptPattern();

    [GeneratedRegex(@"<Content><!\[CDATA\[(.*?)\]\]></Content>", RegexOptions.Singleline)]
    private static partial Regex ContentPattern();
}
