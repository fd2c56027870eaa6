namespace ParkShare.Core.Parking;

/// <summary>
/// What a staff plate search found in one lot: its newest parking records with that plate (a car parked now
/// first), and every driver who used the plate there (to find their reservations).
/// </summary>
public sealed record PlateMatches(string PlateKey, IReadOnlyList<ParkingRecord> Records, IReadOnlyList<Guid> DriverIds);
