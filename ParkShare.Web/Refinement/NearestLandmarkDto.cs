namespace ParkShare.Web.Refinement;

public sealed record NearestLandmarkDto(string Kind, string Name, double DistanceMeters);
