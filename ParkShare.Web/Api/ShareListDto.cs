namespace ParkShare.Web.Api;

public sealed record ShareListDto(IReadOnlyList<ShareDto> Items);
