namespace ParkShare.Web.Lots;

public sealed record ZoneAvailabilityDto(string Code, string Name, int Spaces, int Free);
