using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Push;

namespace ParkShare.Web.Api;

/// <summary>Bindings between drivers and friends, "shared with me" and subscribe-message authorisations.</summary>
public static partial class OpenApiExamples
{
    private const string BindingId = "01a218b0-5e6f-7a80-8b9c-2d3e4f5a6b7c";
    private const string FriendDriverId = "01a218b1-6f70-7a81-8c9d-3e4f5a6b7c8d";
    private const string InviteCodeSample = "k3V9xQ2mZr7Lp0Ws4TbN8A";

    private static BindingDto BindingSample => new(BindingId, "friend", FriendDriverId, Start);

    private static Dictionary<string, OperationDoc> BindingOperations => new()
    {
        ["CreateInvite"] = new(
            "Invite a friend",
            "A single-use invite (128 random bits, stored hashed) valid for Bindings:InviteLifetime (24 h by default): `sharePath` for a mini-program share card, "
            + "`qrUrl` the official-account QR (scene `bind:<code>`) and `miniProgramCodeUrl` the mini-program code, both as data URLs (null when WeChat could not make one). "
            + "At most Bindings:MaxOpenInvites open invites and Bindings:MaxFriends friends.",
            new InviteDto(InviteCodeSample, Start.AddDays(1), $"pages/bind/accept?invite={InviteCodeSample}", "data:image/png;base64,iVBORw0KGgo…", "data:image/png;base64,iVBORw0KGgo…"),
            null, [SignedOut, (409, "too_many_invites"), (409, "too_many_friends")]),
        ["AcceptInvite"] = new(
            "Accept an invite",
            "The inviting driver now shares their car with me (201). Accepting an invite of a driver I am already bound to answers that binding with 200 "
            + "and `alreadyBound: true`; my own invite, a used or an expired one are refused.",
            BindingSample with { Role = "driver" }, new AcceptInviteRequest(InviteCodeSample),
            [Invalid, Malformed, SignedOut, (404, "invite_not_found"), (409, "invite_used"), (409, "invite_own"), (409, "too_many_friends"), (410, "invite_expired"), TooLarge, NotJson]),
        ["ListBindings"] = new(
            "List my bindings",
            "Active bindings in both directions: role `friend` (I share my car with `otherDriverId`) and `driver` (`otherDriverId` shares theirs with me), newest first.",
            new BindingListDto([BindingSample]), null, [SignedOut]),
        ["RevokeBinding"] = new("End a binding", "Either side may end it; pushes and \"shared with me\" stop at once. Another driver's binding answers 404.", null, null, [SignedOut, (404, "binding_not_found")]),
        ["SharedWithMe"] = new(
            "Cars shared with me",
            "The active records of drivers bound to me (only those they chose me for, when they chose), each with its detailed position on the lot's current map.",
            new SharedWithMeDto([Record]), null, [SignedOut]),
        ["SharedRecordPickedUp"] = new(
            "I picked the car up",
            "A bound friend marks the car collected: the record ends, its share links stop working and the driver is told. A record not shared with me answers 404.",
            null, null, [SignedOut, (404, "record_not_found"), (409, "record_ended")]),
        ["RecordSubscriptions"] = new(
            "Record subscribe-message authorisations",
            "The template ids wx.requestSubscribeMessage answered `accept` for (WeChat:Templates:PositionSharedSubscribe / DriverNoticeSubscribe). "
            + "Each allows one subscribe message; unused ones are capped at 50 per template.",
            new SubscriptionsDto(1), new SubscriptionsRequest(["tmpl-position-shared"]), [Invalid, Malformed, SignedOut, TooLarge, NotJson]),
    };
}
