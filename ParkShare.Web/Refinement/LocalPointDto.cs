namespace ParkShare.Web.Refinement;

public sealed record LocalPointDto(double X, double Y);
