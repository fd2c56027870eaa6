using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Sharing.Bindings;

namespace ParkShare.Tests.Web.Sharing.Push;

/// <summary>
/// The whole flow in sandbox through the real host: A invites B, B accepts and authorises one
/// subscribe message, A records a position; B sees it in "shared with me" and the dispatcher puts
/// the subscribe message in the sandbox inbox, exactly once.
/// </summary>
public sealed class FriendPushEndToEndTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly string[] PositionTemplate = ["sandbox-position-subscribe"];

    [Fact]
    public async Task InviteAcceptPark_FriendSeesItAndTheInboxHoldsOneMessage()
    {
        var friendCode = "e2e" + Guid.NewGuid().ToString("N")[..12];
        using var driver = await DriverClient.SignInAsync(fixture);
        using var friend = await DriverClient.SignInAsync(fixture, friendCode);
        var invite = await BindingsApiTests.CreateInviteAsync(driver);
        Assert.Equal(HttpStatusCode.Created, (await friend.PostAsJsonAsync("/api/mp/bindings/accept", new { invite = invite.GetProperty("code").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await friend.PostAsJsonAsync("/api/mp/subscriptions", new { accepted = PositionTemplate })).StatusCode);

        var parked = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B3-C-008" } });
        Assert.Equal(HttpStatusCode.Created, parked.StatusCode);
        var recordId = (await parked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var shared = Assert.Single((await friend.GetFromJsonAsync<JsonElement>("/api/mp/shared-with-me")).GetProperty("items").EnumerateArray());
        Assert.Equal("B3-C-008", shared.GetProperty("spaceCode").GetString());
        var inbox = fixture.Factory.Services.GetRequiredService<WeChatSandboxInbox>();
        var openId = SandboxWeChatClient.OpenIdPrefix + friendCode;
        await Eventually.TrueAsync(() => inbox.Recent().Any(m => m.ToOpenId == openId), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200));

        var message = Assert.Single(inbox.Recent(), m => m.ToOpenId == openId);
        Assert.Equal(("subscribe", "sandbox-position-subscribe", $"pages/record/detail?id={recordId}"), (message.Kind, message.TemplateId, message.Target));
        Assert.Equal("好友的车已停好", message.Data["thing1"]);
        Assert.Equal("B3-C-008", message.Data["thing3"]);
    }
}
