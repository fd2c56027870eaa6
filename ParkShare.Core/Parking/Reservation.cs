using System.Linq.Expressions;

namespace ParkShare.Core.Parking;

/// <summary>A driver's hold on one space for a time window [StartsAt, EndsAt).</summary>
public sealed class Reservation
{
    private Reservation()
    {
    }

    public Guid Id { get; private set; }

    public Guid LotId { get; private set; }

    public Guid SpaceId { get; private set; }

    public Guid DriverId { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public DateTime EndsAtUtc { get; private set; }

    /// <summary>A no-show loses the space at this time.</summary>
    public DateTime HoldUntilUtc { get; private set; }

    public ReservationState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>A live reservation holds its space: held or checked in, not yet closed. The query form of <see cref="IsLive"/>.</summary>
    public static readonly Expression<Func<Reservation, bool>> Live = r => r.State == ReservationState.Active || r.State == ReservationState.CheckedIn;

    public bool IsLive => State is ReservationState.Active or ReservationState.CheckedIn;

    public static Reservation Hold(Guid lotId, Guid spaceId, Guid driverId, DateTime startsAtUtc, DateTime endsAtUtc, int holdMinutes, DateTime nowUtc)
    {
        if (endsAtUtc <= startsAtUtc)
        {
            throw new ArgumentException("A reservation ends after it starts.", nameof(endsAtUtc));
        }

        return new Reservation
        {
            Id = Guid.CreateVersion7(),
            LotId = lotId,
            SpaceId = spaceId,
            DriverId = driverId,
            StartsAtUtc = startsAtUtc,
            EndsAtUtc = endsAtUtc,
            HoldUntilUtc = Min(startsAtUtc.AddMinutes(holdMinutes), endsAtUtc),
            State = ReservationState.Active,
            CreatedAtUtc = nowUtc,
        };
    }

    public bool Cancel(string? reason, DateTime nowUtc) => Close(ReservationState.Cancelled, nowUtc, reason);

    public bool Expire(DateTime nowUtc) => nowUtc >= HoldUntilUtc && Close(ReservationState.Expired, nowUtc, null);

    public bool CheckIn(DateTime nowUtc)
    {
        if (State != ReservationState.Active || nowUtc >= EndsAtUtc)
        {
            return false;
        }

        State = ReservationState.CheckedIn;
        ClosedAtUtc = nowUtc;
        return true;
    }

    private bool Close(ReservationState state, DateTime nowUtc, string? reason)
    {
        if (State != ReservationState.Active)
        {
            return false;
        }

        State = state;
        ClosedAtUtc = nowUtc;
        CancelReason = reason;
        return true;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
