namespace ParkShare.Core.Parking;

public enum ReservationState
{
    /// <summary>Holding the space for its window.</summary>
    Active,

    /// <summary>The driver arrived; the reservation became a parking record.</summary>
    CheckedIn,

    /// <summary>Cancelled by the driver or by lot staff.</summary>
    Cancelled,

    /// <summary>The driver did not arrive before the hold lapsed; the space was released.</summary>
    Expired,
}
