namespace ParkShare.Web.Lots;

public sealed record LevelSummaryDto(string Id, string Name, int Ordinal);
