namespace ParkShare.Web.Api;

public sealed record ExtendShareRequest(double? LifetimeHours);
