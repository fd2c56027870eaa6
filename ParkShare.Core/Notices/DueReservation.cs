using ParkShare.Core.Parking;

namespace ParkShare.Core.Notices;

/// <summary>A reservation a reminder is due for, with the space code and level name its notice shows.</summary>
internal sealed record DueReservation(Reservation Reservation, string SpaceCode, string LevelName);
