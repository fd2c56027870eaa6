using ParkShare.Web.Refinement;
using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Sharing.Links;

/// <summary>Example bodies of the mini-program's share view and share codes.</summary>
public static class ShareViewExamples
{
    public const string Token = "do6X20PfJhZ3394i46Oc2Q";

    public static readonly FriendShareViewDto Car = new("car", new FriendCarDto(
        LotId, "陆家嘴滨江停车场", "上海市浦东新区滨江大道 2967 号", "B2-C-017", "B2", "C", RefinementExamples.Position, Start, "后备箱有雨伞", null, null, Start.AddDays(3)));

    public static readonly ShareViewRequest Request = new(Token, "246813");

    public static readonly ShareCodeDto Code = new($"pages/share/view?scene={Token}", "pages/share/view", Token, "data:image/png;base64,iVBORw0KGgo…");
}
