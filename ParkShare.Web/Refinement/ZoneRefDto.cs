namespace ParkShare.Web.Refinement;

public sealed record ZoneRefDto(string Code, string Name);
