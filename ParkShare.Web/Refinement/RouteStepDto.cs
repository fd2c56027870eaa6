namespace ParkShare.Web.Refinement;

public sealed record RouteStepDto(string Text, string LevelId);
