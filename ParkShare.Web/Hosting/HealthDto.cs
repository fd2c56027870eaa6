namespace ParkShare.Web.Hosting;

public sealed record HealthDto(string Status);
