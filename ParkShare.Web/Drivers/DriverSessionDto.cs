namespace ParkShare.Web.Drivers;

/// <summary>One of the driver's working sessions; <c>current</c> is the one the request came in with.</summary>
public sealed record DriverSessionDto(string Id, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Current);
