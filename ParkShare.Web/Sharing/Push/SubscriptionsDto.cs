namespace ParkShare.Web.Sharing.Push;

/// <summary>How many one-time authorisations were recorded (one per accepted template, up to a cap of unused ones).</summary>
public sealed record SubscriptionsDto(int Recorded);
