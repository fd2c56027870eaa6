namespace ParkShare.Web.Refinement;

public sealed record LotRefDto(string Id, string Name);
