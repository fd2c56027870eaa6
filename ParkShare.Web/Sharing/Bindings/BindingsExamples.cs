using ParkShare.Web.Parking;
using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>Example bodies of invites, bindings and the cars shared with me.</summary>
public static class BindingsExamples
{
    public const string BindingId = "01a218b0-5e6f-7a80-8b9c-2d3e4f5a6b7c";
    public const string FriendDriverId = "01a218b1-6f70-7a81-8c9d-3e4f5a6b7c8d";
    public const string InviteCode = "k3V9xQ2mZr7Lp0Ws4TbN8A";

    public static readonly BindingDto Binding = new(BindingId, "friend", FriendDriverId, Start, Name: "老婆", Alias: "老婆", Nickname: "小雨");

    public static readonly BindingDto Accepted = Binding with { Role = "driver" };

    public static readonly BindingListDto BindingList = new([Binding]);

    public static readonly InviteDto Invite = new(
        InviteCode, Start.AddDays(1), $"pages/bind/accept?invite={InviteCode}", "data:image/png;base64,iVBORw0KGgo…", "data:image/png;base64,iVBORw0KGgo…");

    public static readonly AcceptInviteRequest AcceptRequest = new(InviteCode);

    public static readonly InvitePreviewDto Preview = new("小王", Start.AddDays(1));

    public static readonly AliasRequest Alias = new("老婆");

    public static readonly BindingDto Named = Binding;

    public static readonly SharedWithMeDto SharedWithMe = new([ParkingExamples.Record]);
}
