using ParkShare.Core.Parking;

namespace ParkShare.Core.Notices;

/// <summary>
/// One message to a driver about one reservation or parking record: the in-app inbox shows it, and
/// a push channel can later send the same row. (Driver, kind, subject) is unique, so each reminder
/// exists once however often, and in however many processes, the scanner runs. The payload is a
/// snapshot (space code, level, the time that matters, staff's reason) so the text can be rendered
/// later without the subject, in any language.
/// </summary>
public sealed class DriverNotice
{
    public const int MaxReasonLength = LotOperations.MaxCancelReasonLength;

    private DriverNotice()
    {
        SpaceCode = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DriverId { get; private set; }

    public NoticeKind Kind { get; private set; }

    /// <summary>The reservation's id, or the parking record's for <see cref="NoticeKind.PickupDue"/>.</summary>
    public Guid SubjectId { get; private set; }

    public Guid LotId { get; private set; }

    public string SpaceCode { get; private set; }

    public string? LevelName { get; private set; }

    /// <summary>The time the notice is about: the start, the end of the hold, the expected pickup.</summary>
    public DateTime AtUtc { get; private set; }

    /// <summary>The end of the reservation's window, when the subject is a reservation.</summary>
    public DateTime? UntilUtc { get; private set; }

    /// <summary>Staff's reason for a cancellation, or for disabling the space a car is parked in.</summary>
    public string? Reason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsSubjectReservation => Kind is NoticeKind.ReservationStartsSoon or NoticeKind.HoldLapsesSoon
        or NoticeKind.ReservationCancelledByStaff or NoticeKind.ReservationExpired;

    public static DriverNotice About(Reservation reservation, NoticeKind kind, string spaceCode, string? levelName, DateTime nowUtc)
    {
        if (kind == NoticeKind.PickupDue)
        {
            throw new ArgumentException("A pickup notice is about a parking record.", nameof(kind));
        }

        return new DriverNotice
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc))),
            DriverId = reservation.DriverId,
            Kind = kind,
            SubjectId = reservation.Id,
            LotId = reservation.LotId,
            SpaceCode = spaceCode,
            LevelName = levelName,
            AtUtc = kind == NoticeKind.HoldLapsesSoon ? reservation.HoldUntilUtc : reservation.StartsAtUtc,
            UntilUtc = reservation.EndsAtUtc,
            Reason = reservation.CancelReason is { } reason && kind == NoticeKind.ReservationCancelledByStaff ? reason : null,
            CreatedAtUtc = nowUtc,
        };
    }

    public static DriverNotice PickupDue(ParkingRecord record, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc))),
        DriverId = record.DriverId,
        Kind = NoticeKind.PickupDue,
        SubjectId = record.Id,
        LotId = record.LotId,
        SpaceCode = record.SpaceCode,
        LevelName = record.LevelName,
        AtUtc = record.ExpectedPickupAtUtc ?? throw new ArgumentException("The record has no expected pickup.", nameof(record)),
        CreatedAtUtc = nowUtc,
    };

    /// <summary>About a share link of the record (its subject): first opened, or the car picked up through it.</summary>
    public static DriverNotice AboutShare(Sharing.Links.ShareLink link, ParkingRecord record, NoticeKind kind, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc))),
        DriverId = link.DriverId,
        Kind = kind is NoticeKind.ShareOpened or NoticeKind.CarPickedUpByFriend ? kind : throw new ArgumentException("Not a share notice.", nameof(kind)),
        SubjectId = link.Id,
        LotId = record.LotId,
        SpaceCode = record.SpaceCode,
        LevelName = record.LevelName,
        AtUtc = nowUtc,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>A bound friend marked the car collected from "shared with me" (the record is the subject).</summary>
    public static DriverNotice PickedUpByBoundFriend(ParkingRecord record, DateTime nowUtc) =>
        AboutRecord(record, NoticeKind.CarPickedUpByFriend, null, nowUtc);

    /// <summary>Staff disabled the space the car is parked in (the record is the subject, and is not ended): their reason is kept.</summary>
    public static DriverNotice SpaceDisabled(ParkingRecord record, string reason, DateTime nowUtc) =>
        AboutRecord(record, NoticeKind.SpaceDisabledWhileParked, reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason, nowUtc);

    private static DriverNotice AboutRecord(ParkingRecord record, NoticeKind kind, string? reason, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc))),
        DriverId = record.DriverId,
        Kind = kind,
        SubjectId = record.Id,
        LotId = record.LotId,
        SpaceCode = record.SpaceCode,
        LevelName = record.LevelName,
        AtUtc = nowUtc,
        Reason = reason,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>Marks the notice read; a notice read before keeps its first read time.</summary>
    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
