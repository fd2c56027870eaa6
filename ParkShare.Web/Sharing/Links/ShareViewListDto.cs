namespace ParkShare.Web.Sharing.Links;

public sealed record ShareViewListDto(IReadOnlyList<ShareViewDto> Items);
