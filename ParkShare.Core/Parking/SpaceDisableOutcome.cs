namespace ParkShare.Core.Parking;

/// <summary>What disabling a space did: reservations cancelled (each driver told), and drivers of cars parked there told (their records kept).</summary>
public sealed record SpaceDisableOutcome(int Cancelled, int CarsTold);
