namespace ParkShare.Web.Api;

public sealed record LevelDetailDto(string Id, string Name, int Ordinal, int Spaces, IReadOnlyList<string> Zones);
