namespace ParkShare.Web.Sharing.Links;

public sealed record ExtendShareRequest(double? LifetimeHours);
