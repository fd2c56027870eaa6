namespace ParkShare.Core.Notices;

/// <summary>What a driver notice is about; stored by name, so new kinds may be added in any order.</summary>
public enum NoticeKind
{
    /// <summary>A reservation starts within Reminders:BeforeStart.</summary>
    ReservationStartsSoon,

    /// <summary>The driver has not checked in and the hold lapses within Reminders:BeforeHoldLapses.</summary>
    HoldLapsesSoon,

    /// <summary>A long stay's expected pickup day has come (in the lot's time zone).</summary>
    PickupDue,

    /// <summary>Lot staff cancelled the reservation; the notice carries their reason.</summary>
    ReservationCancelledByStaff,

    /// <summary>The driver did not arrive before the hold lapsed and the space was released.</summary>
    ReservationExpired,

    /// <summary>Someone opened one of the driver's share links for the first time.</summary>
    ShareOpened,

    /// <summary>The friend holding a share link pressed "I picked up the car".</summary>
    CarPickedUpByFriend,

    /// <summary>Lot staff disabled the space the driver's car is parked in; the record is kept and the notice carries their reason.</summary>
    SpaceDisabledWhileParked,
}
