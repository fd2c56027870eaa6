using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>What followers get from the official account: their car with a link, linking from the mini-program, help.</summary>
public sealed class OfficialAccountCommandsTests(OfficialAccountSite site) : IClassFixture<OfficialAccountSite>
{
    [Fact]
    public async Task MyCar_AfterLinking_AnswersThePositionWithOneReusedLink()
    {
        using var driver = await site.SignInDriverAsync();
        await ParkAsync(driver, "B3-A-010");
        var code = await LinkCodeAsync(driver);

        Assert.StartsWith("关联成功", await site.ReplyAsync(OfficialAccountSite.Event("oa-car", "SCAN", "link:" + code)));

        var chinese = await site.ReplyAsync(OfficialAccountSite.Text("oa-car", " 我的车 "));
        var english = await site.ReplyAsync(OfficialAccountSite.Text("oa-car", "Where is my car?"));
        var menu = await site.ReplyAsync(OfficialAccountSite.Event("oa-car", "CLICK", "MY_CAR"));

        Assert.Contains("您的车停在", chinese);
        Assert.Contains("B3-A-010", chinese);
        Assert.Matches("距.+ \\d+ 米", chinese);
        Assert.StartsWith("Your car is at", english);
        Assert.Contains("B3-A-010", english);
        Assert.Contains(" m from ", english);
        Assert.Contains("B3-A-010", menu);
        var link = System.Text.RegularExpressions.Regex.Match(chinese, "http://localhost:5080/s/[A-Za-z0-9_-]{22}").Value;
        Assert.NotEmpty(link);
        Assert.Contains(link, english);
        Assert.Single((await driver.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task MyCar_UnknownFollower_NoCarRecorded()
    {
        Assert.StartsWith("还没有您当前的停车记录", await site.ReplyAsync(OfficialAccountSite.Text("oa-nobody", "车在哪")));
        Assert.StartsWith("No car recorded", await site.ReplyAsync(OfficialAccountSite.Text("oa-nobody", "MY CAR")));
    }

    [Theory]
    [InlineData("hello", "Send \"my car\"")]
    [InlineData("你好", "发送“我的车”")]
    public async Task AnythingElse_HelpInItsLanguage(string text, string start) =>
        Assert.StartsWith(start, await site.ReplyAsync(OfficialAccountSite.Text("oa-help", text)));

    [Fact]
    public async Task LinkScene_OpenIdOfAnotherDriverWithData_RefusedClearly()
    {
        using var owner = await site.SignInDriverAsync();
        await ParkAsync(owner, "B3-A-011");
        await site.ReplyAsync(OfficialAccountSite.Event("oa-owner", "SCAN", "link:" + await LinkCodeAsync(owner)));
        using var other = await site.SignInDriverAsync();
        var code = await LinkCodeAsync(other);

        var reply = await site.ReplyAsync(OfficialAccountSite.Event("oa-owner", "subscribe", "qrscene_link:" + code));

        Assert.StartsWith("无法关联", reply);
        Assert.Contains("B3-A-011", await site.ReplyAsync(OfficialAccountSite.Text("oa-owner", "我的车")));
    }

    [Fact]
    public async Task LinkCode_UsedOrUnknown_SaysSo()
    {
        Assert.StartsWith("二维码已失效", await site.ReplyAsync(OfficialAccountSite.Event("oa-late", "SCAN", "link:AAAAAAAAAAAAAAAAAAAAAA")));
    }

    [Fact]
    public async Task LinkCodeApi_SignedOut401_Linked409()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Client.PostAsync("/api/mp/wechat/link-code", null)).StatusCode);
        using var driver = await site.SignInDriverAsync();
        var response = await driver.PostAsync("/api/mp/wechat/link-code", null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("link:" + body.GetProperty("code").GetString(), body.GetProperty("scene").GetString());
        Assert.StartsWith("https://weixin.qq.com/q/", body.GetProperty("qrUrl").GetString());

        await site.ReplyAsync(OfficialAccountSite.Event("oa-linked", "SCAN", body.GetProperty("scene").GetString()));

        var again = await driver.PostAsync("/api/mp/wechat/link-code", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("official_account_already_linked", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private async Task ParkAsync(HttpClient driver, string code)
    {
        var response = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = site.LotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<string> LinkCodeAsync(HttpClient driver)
    {
        var response = await driver.PostAsync("/api/mp/wechat/link-code", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }
}
