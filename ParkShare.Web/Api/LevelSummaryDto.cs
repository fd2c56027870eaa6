namespace ParkShare.Web.Api;

public sealed record LevelSummaryDto(string Id, string Name, int Ordinal);
