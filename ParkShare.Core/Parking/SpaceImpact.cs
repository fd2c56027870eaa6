namespace ParkShare.Core.Parking;

/// <summary>What disabling a space would touch: its active reservations and any car recorded there now.</summary>
public sealed record SpaceImpact(IReadOnlyList<Reservation> Reservations, IReadOnlyList<ParkingRecord> Cars)
{
    public bool IsEmpty => Reservations.Count == 0 && Cars.Count == 0;
}
