namespace ParkShare.Core.Drivers;

/// <summary>Who a bearer token signs in, and through which of their sessions.</summary>
public sealed record DriverSessionRef(Guid DriverId, Guid SessionId);
