namespace ParkShare.Web.Refinement;

public sealed record SpaceRefDto(string Id, string Code, string Label, string Kind);
