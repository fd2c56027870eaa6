using ParkShare.Web.WeChat;

namespace ParkShare.Web.Api;

/// <summary>Linking the official account.</summary>
public static partial class OpenApiExamples
{
    private static Dictionary<string, OperationDoc> WeChatOperations => new()
    {
        ["CreateOfficialAccountLinkCode"] = new(
            "Link my official-account follower",
            "A one-time code (10 minutes, single use; a new one replaces the last) and the official-account QR carrying scene `link:<code>`. "
            + "Scanning it in WeChat, to follow the account or as a follower, links the scanner's official-account openid to this driver, so "
            + "template messages and the account's \"my car\" reach them. Needed only when WeChat gives no unionid. `qrUrl` is the QR's content "
            + "(render it); `qrImageUrl` is WeChat's image of it (Live mode only). Refused when an official-account identity is already linked.",
            new LinkCodeDto("Jq3mW0c1bZ8yT5xQ2nL7vA", "link:Jq3mW0c1bZ8yT5xQ2nL7vA", "http://weixin.qq.com/q/02abcDEF", ShowQrBaseExample, Start.AddMinutes(10)),
            null,
            [SignedOut, (409, "official_account_already_linked"), (503, "wechat_unavailable")]),
    };

    private static string ShowQrBaseExample => WeChatLinkApi.ShowQrBase + "gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xLzAyYWJj";
}
