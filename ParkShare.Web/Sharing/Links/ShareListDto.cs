namespace ParkShare.Web.Sharing.Links;

public sealed record ShareListDto(IReadOnlyList<ShareDto> Items);
