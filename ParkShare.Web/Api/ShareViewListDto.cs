namespace ParkShare.Web.Api;

public sealed record ShareViewListDto(IReadOnlyList<ShareViewDto> Items);
