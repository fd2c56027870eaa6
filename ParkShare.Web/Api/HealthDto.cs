namespace ParkShare.Web.Api;

public sealed record HealthDto(string Status);
