namespace ParkShare.Web.Refinement;

public sealed record LevelRefDto(string Id, string Name, int Ordinal);
