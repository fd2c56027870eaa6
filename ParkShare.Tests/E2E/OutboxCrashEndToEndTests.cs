using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.E2E;

/// <summary>
/// The push outbox over the real protocol: the host as its own process in Live mode against the fake
/// WeChat server, SIGKILLed while it dispatches and restarted on the same database.
/// The duplicate bound: one PushDispatcherService sends one message at a time (DispatchDueAsync awaits
/// each DeliverAsync in turn) and marks it sent in the transaction right after WeChat's answer, so at a
/// kill at most one message is between WeChat's acceptance and that commit: duplicates ≤ kills. The kill
/// here falls exactly there (inside the fake server, after it recorded the message, before it answers),
/// so exactly that message arrives twice and nothing else does.
/// </summary>
public sealed class OutboxCrashEndToEndTests
{
    private const string SubscribeTemplate = "tmpl-position-subscribe";
    private const string OfficialTemplate = "tmpl-position-template";

    [Fact]
    public async Task Dispatch_HostKilledBetweenAnswerAndCommit_EveryFriendGetsEachEventAndOnlyTheKilledOneTwice()
    {
        await using var weChat = await FakeWeChatServer.StartAsync();
        var settings = weChat.Settings();
        settings["WeChat:Templates:PositionSharedSubscribe"] = SubscribeTemplate;
        settings["WeChat:Templates:PositionSharedTemplate"] = OfficialTemplate;
        settings["Push:BaseBackoff"] = "00:00:00.200";
        settings["Push:MaxBackoff"] = "00:00:01";
        settings["Push:PollInterval"] = "00:00:00.200";
        settings["Push:Lease"] = "00:00:02";
        var data = Path.Combine(Path.GetTempPath(), "parkshare-outbox-crash", Guid.NewGuid().ToString("N"));
        var first = new HostProcess(data, ownsData: false, settings);
        var second = new HostProcess(data, ownsData: true, settings);
        try
        {
            await first.InitializeAsync();
            using var http = new HttpClient();
            var run = Guid.NewGuid().ToString("N")[..8];
            var driver = await LiveHostSetup.SignInAsync(http, first, "a-" + run);

            // F1: mini-program with four accepted subscribe authorisations; F2, F3: official-account followers
            // bound by scanning the invite QR; F4: a follower bound but not chosen for the record.
            var f1 = await LiveHostSetup.SignInAsync(http, first, "f1-" + run);
            var f1Id = await LiveHostSetup.BindAsync(driver, first, code => LiveHostSetup.AcceptAsync(f1, first, code));
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await f1.PostAsJsonAsync($"{first.BaseUrl}/api/mp/subscriptions", new { accepted = new[] { SubscribeTemplate } })).StatusCode);
            }

            var followers = new[] { "oa-f2-" + run, "oa-f3-" + run, "oa-f4-" + run };
            var followerIds = new List<string>();
            foreach (var openId in followers)
            {
                followerIds.Add(await LiveHostSetup.BindAsync(driver, first, code => LiveHostSetup.FollowAsync(http, first, openId, code)));
            }

            var killedOn = new TaskCompletionSource<FakeWeChatMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            var actionsDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var accepted = 0;
            weChat.OnDelivered = async message =>
            {
                if (Interlocked.Increment(ref accepted) == 3)
                {
                    await actionsDone.Task;
                    await first.KillAsync();
                    killedOn.TrySetResult(message);
                }
            };
            weChat.FailNext(FakeWeChatServer.SubscribeSend, WeChatFault.Busy, times: 2);
            weChat.FailNext(FakeWeChatServer.TemplateSend, WeChatFault.ServerError, times: 2);
            weChat.FailNext(FakeWeChatServer.TemplateSend, WeChatFault.Busy, times: 1);
            try
            {
                var chosen = new[] { f1Id, followerIds[0], followerIds[1] };
                var parked = await driver.PostAsJsonAsync($"{first.BaseUrl}/api/mp/records", new { lotId = await LiveHostSetup.LotIdAsync(http, first), position = new { kind = "spaceCode", code = "B2-C-017" }, friendIds = chosen });
                Assert.Equal(HttpStatusCode.Created, parked.StatusCode);
                var recordId = (await parked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
                foreach (var code in new[] { "B2-C-018", "B2-C-019" })
                {
                    Assert.Equal(HttpStatusCode.OK, (await driver.PostAsJsonAsync($"{first.BaseUrl}/api/mp/records/{recordId}/position", new { position = new { kind = "spaceCode", code } })).StatusCode);
                }

                Assert.Equal(HttpStatusCode.OK, (await driver.PostAsync($"{first.BaseUrl}/api/mp/records/{recordId}/end", null)).StatusCode);
            }
            finally
            {
                actionsDone.TrySetResult();
            }

            var killed = await killedOn.Task.WaitAsync(TimeSpan.FromSeconds(20));
            weChat.OnDelivered = null;
            await second.InitializeAsync();
            var rows = await LiveHostSetup.DrainedAsync(second.DatabasePath, expected: 12);

            // Every chosen friend: created, position changed twice, ended, each sent through its WeChat channel.
            var ids = new Dictionary<string, (string OpenId, string Channel)>(StringComparer.OrdinalIgnoreCase)
            {
                [f1Id] = ("fake-mp-f1-" + run, "Subscribe"),
                [followerIds[0]] = (followers[0], "Template"),
                [followerIds[1]] = (followers[1], "Template"),
            };
            Assert.All(rows, r => Assert.Equal(("Sent", ids[r.RecipientId].Channel), (r.State, r.Channel)));
            Assert.All(ids.Keys, id => Assert.Equal(
                ["PositionChanged", "PositionChanged", "RecordCreated", "RecordEnded"], rows.Where(r => string.Equals(r.RecipientId, id, StringComparison.OrdinalIgnoreCase)).Select(r => r.Event).Order()));

            // WeChat's side: the same per friend (the two moves share a title), plus exactly the killed message once more.
            var delivered = weChat.Delivered;
            Assert.DoesNotContain(delivered, m => m.ToOpenId == followers[2]);
            Assert.All(delivered, m => Assert.Equal(m.Kind == "subscribe" ? SubscribeTemplate : OfficialTemplate, m.TemplateId));
            Assert.Equal(12 + 1, delivered.Count);
            var reference = Titles(delivered, ids.Values.Select(v => v.OpenId).First(o => o != killed.ToOpenId));
            Assert.Equal([1, 1, 2], reference.Values.Order());
            foreach (var (openId, _) in ids.Values)
            {
                var expected = reference.ToDictionary(t => t.Key, t => t.Value + (openId == killed.ToOpenId && t.Key == killed.Data["thing1"] ? 1 : 0));
                Assert.Equal(expected.OrderBy(t => t.Key), Titles(delivered, openId).OrderBy(t => t.Key));
            }
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{ex.Message}\n--- first:\n{first.Log}\n--- second:\n{second.Log}", ex);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static Dictionary<string, int> Titles(IEnumerable<FakeWeChatMessage> delivered, string openId) =>
        delivered.Where(m => m.ToOpenId == openId).GroupBy(m => m.Data["thing1"]).ToDictionary(g => g.Key, g => g.Count());
}
