using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Sharing.Links;

/// <summary>Example bodies of share links.</summary>
public static class SharingExamples
{
    public static readonly ShareDto Share = new(
        "01a218a0-4d5e-7f60-8a9b-1c2d3e4f5a6b", RecordId, "active", "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q",
        "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q/qr.png", "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q/qr.svg",
        "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q/poster.png", Start, Start.AddDays(3), true, 20, 1, false, false, Start.AddHours(1), null, null);

    public static readonly ShareListDto ShareList = new([Share]);

    public static readonly CreateShareRequest CreateRequest = new(RecordId, 72, "246813", 20, false, false);

    public static readonly ExtendShareRequest ExtendRequest = new(48);

    public static readonly ShareViewListDto Views = new([new ShareViewDto(Start.AddHours(1), "iOS · WeChat", "203.0.113.0/24", 1)]);
}
