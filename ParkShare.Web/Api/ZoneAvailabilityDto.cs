namespace ParkShare.Web.Api;

public sealed record ZoneAvailabilityDto(string Code, string Name, int Spaces, int Free);
