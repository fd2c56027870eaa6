namespace ParkShare.Web.Api;

public sealed record LotSummaryDto(string Id, string Name, string Address, IReadOnlyList<LevelSummaryDto> Levels);
