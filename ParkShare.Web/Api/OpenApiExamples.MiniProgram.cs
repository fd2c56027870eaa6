using ParkShare.Web.MiniProgram;
using ParkShare.Web.Parking;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.WeChat;

namespace ParkShare.Web.Api;

/// <summary>The endpoints the WeChat mini-program (ParkShare.MiniProgram) needs: config, a friend's share view, record edits, share codes, sign-out.</summary>
public static partial class OpenApiExamples
{
    private const string ShareToken = "do6X20PfJhZ3394i46Oc2Q";

    private static Dictionary<string, OperationDoc> MiniProgramOperations => new()
    {
        ["MiniProgramConfig"] = new(
            "Mini-program configuration",
            "Public, before sign-in: the subscribe template ids to pass to wx.requestSubscribeMessage (empty when that channel is off), "
            + "the minimum client version (MiniProgram:MinClientVersion) and whether WeChat runs in the sandbox.",
            new MiniProgramConfigDto(new SubscribeTemplatesDto("sandbox-position-subscribe", "sandbox-notice-subscribe"), "1.0.0", true), null, []),
        ["ViewShare"] = new(
            "A friend opens a share link",
            "Anonymous. The token (a mini-program code's scene, or the end of a /s/ link) and the PIN travel in the body, never in a URL. The same visit "
            + "decision as /s/{token}: one view counted, the same view limit, PIN attempts and lockout. status \"pin\" asks for the PIN "
            + "(send it with the token again); status \"car\" carries the car. The photo is offered only for links without a PIN.",
            new FriendShareViewDto("car", new FriendCarDto(
                LotId, "陆家嘴滨江停车场", "上海市浦东新区滨江大道 2967 号", "B2-C-017", "B2", "C", Position, Start, "后备箱有雨伞", null, null, Start.AddDays(3))),
            new ShareViewRequest(ShareToken, "2468"),
            [Malformed, (400, "share_pin_invalid"), (403, "share_pin_wrong"), (403, "share_locked"), (404, "share_not_found"), (410, "share_gone"),
             TooLarge, NotJson, (429, "rate_limited")]),
        ["ShareViewPickedUp"] = new(
            "A friend says the car was picked up",
            "Anonymous, with the token (and PIN) in the body: the record ends, every link to it answers 410 and the driver is told.",
            null, new ShareViewRequest(ShareToken, "2468"),
            [Malformed, (400, "share_pin_invalid"), (403, "share_pin_required"), (403, "share_pin_wrong"), (403, "share_locked"), (404, "share_not_found"),
             (410, "share_gone"), TooLarge, NotJson, (429, "rate_limited")]),
        ["EditRecord"] = new(
            "Edit my record's plate, note or pickup",
            "JSON merge patch: an absent field stays, null clears it. Plate at most 16 characters, note at most 500, expected pickup within the coming year "
            + "(not in the past). Refused once the car was picked up.",
            Record, new EditRecordRequest("沪A12345", "后备箱有雨伞", Start.AddDays(3)),
            [Invalid, Malformed, SignedOut, (404, "record_not_found"), (409, "record_ended"), (409, "plate_already_parked"), TooLarge, NotJson]),
        ["GetShareCode"] = new(
            "A share link's mini-program code",
            "For the link's owner: the share-card path (pages/share/view?scene=token) and the mini-program code from getwxacodeunlimit with "
            + "page pages/share/view and scene = the token, as a data URL. In the sandbox a plain QR code stands in.",
            new ShareCodeDto($"pages/share/view?scene={ShareToken}", "pages/share/view", ShareToken, "data:image/png;base64,iVBORw0KGgo…"),
            null, [SignedOut, (404, "share_not_found"), (503, "wechat_unavailable")]),
        ["SignOut"] = new("Sign out", "Ends the calling bearer session; the token answers 401 from now on. Other sessions stay.", null, null, [SignedOut]),
        ["SandboxInbox"] = new(
            "My sandbox inbox",
            "Sandbox only (404 in live mode): the subscribe and template messages WeChat would have delivered to me, newest first.",
            new SandboxInboxDto([new SandboxInboxMessageDto(Start, "subscribe", "sandbox-position-subscribe", $"pages/record/detail?id={RecordId}",
                new Dictionary<string, string> { ["thing1"] = "陆家嘴滨江停车场", ["character_string2"] = "B2-C-017" })]),
            null, [SignedOut, (404, "not_found")]),
    };
}
