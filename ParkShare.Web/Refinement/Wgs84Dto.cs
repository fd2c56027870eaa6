namespace ParkShare.Web.Refinement;

public sealed record Wgs84Dto(double Lat, double Lng);
