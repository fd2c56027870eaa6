namespace ParkShare.Core.Parking;

/// <summary>Why a space is in its state, strongest first.</summary>
public enum SpaceStateCause
{
    DisabledByStaff,
    ParkingRecord,
    SensorOccupied,
    Reservation,
    SensorFree,

    /// <summary>The sensor's last word is older than the TTL and no longer counts.</summary>
    SensorStale,
}
