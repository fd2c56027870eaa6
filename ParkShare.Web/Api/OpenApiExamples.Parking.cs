using ParkShare.Web.Lots;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Api;

/// <summary>Reservations and parking records.</summary>
public static partial class OpenApiExamples
{
    private static readonly LotDetailDto LotDetail = new(
        LotId, "陆家嘴滨江停车场", "上海市浦东新区滨江大道 2967 号", "Asia/Shanghai", 1, 31.2393, 121.4991,
        [new LevelDetailDto(LevelB2, "B2", -2, 288, 211, [new ZoneAvailabilityDto("C", "C", 48, 30)])]);

    private static Dictionary<string, OperationDoc> ParkingOperations => new()
    {
        ["CreateReservation"] = new(
            "Reserve a space",
            "Race-free: two drivers never win one space for overlapping windows. Send an Idempotency-Key header to retry safely; a replay answers the same reservation with Idempotent-Replayed: true.",
            Reservation, ReservationRequest,
            [Invalid, (400, "window_invalid"), (400, "window_too_long"), (400, "too_far_ahead"), Malformed, SignedOut, (404, "space_not_found"),
             (409, "space_taken"), (409, "space_not_reservable"), (409, "too_many_reservations"), TooLarge, NotJson, (422, "idempotency_key_reused")]),
        ["ListReservations"] = new(
            "List my reservations",
            "Newest start first. `limit` 1–100 (default 20); `cursor` is the previous page's `nextCursor`, null on the last page.",
            new ReservationListDto([Reservation], Cursor), null, [Invalid, BadCursor, SignedOut]),
        ["GetReservation"] = new("Get a reservation", "One of my reservations; another driver's id answers 404.", Reservation, null, [SignedOut, (404, "reservation_not_found")]),
        ["CancelReservation"] = new(
            "Cancel a reservation", "Cancels one of my active reservations and frees the space.", Reservation with { State = "cancelled" }, null,
            [SignedOut, (404, "reservation_not_found"), (409, "reservation_not_active")]),
        ["CheckIn"] = new(
            "Check in on a reservation",
            "Turns an active reservation into a parking record on the reserved space.",
            Record with { ReservationId = ReservationId }, null,
            [Invalid, SignedOut, (404, "reservation_not_found"), (409, "reservation_not_active"), (409, "active_record_exists")]),
        ["CreateRecord"] = new(
            "Record where the car is parked",
            "Takes any basic position kind, refines it and stores the detailed position. An ambiguous position answers 422 with the candidates and stores nothing. "
            + "Every bound friend is sent the position, or only those in `friendIds` (driver ids of my friends; `[]` = nobody); an id that is not my friend answers 404.",
            Record, RecordRequest,
            [Invalid, (400, "invalid_space_code"), Malformed, SignedOut, (404, "lot_not_found"), (404, "space_not_found"), (404, "friend_not_found"), (409, "active_record_exists"),
             TooLarge, NotJson, (422, "position_ambiguous")]),
        ["MoveRecord"] = new(
            "Correct where the car is parked",
            "Refines any basic position kind within the record's lot and moves my active record there; each friend the record is shared with is sent the new position. "
            + "An ambiguous position answers 422 with the candidates and changes nothing; another driver's record answers 404, an ended one 409.",
            Record, new MoveRecordRequest(new PositionRequest("spaceCode", Code: "B2-C-017")),
            [Invalid, (400, "invalid_space_code"), Malformed, SignedOut, (404, "record_not_found"), (404, "space_not_found"), (409, "record_ended"),
             TooLarge, NotJson, (422, "position_ambiguous")]),
        ["ListRecords"] = new(
            "List my parking history",
            "Newest first. `limit` 1–100 (default 20); `cursor` is the previous page's `nextCursor`, null on the last page. "
            + "`plate` (any spelling: spaces, case, full-width characters and separators such as · are ignored) keeps my records with that plate; "
            + "plates are never matched across drivers.",
            new ParkingRecordListDto([Record], Cursor), null, [Invalid, BadCursor, SignedOut]),
        ["CurrentRecord"] = new("Where is my car now", "My current (not yet picked up) parking record.", Record, null, [SignedOut, (404, "no_current_record")]),
        ["GetRecord"] = new("Get a parking record", "One of my records; another driver's id answers 404.", Record, null, [SignedOut, (404, "record_not_found")]),
        ["EndRecord"] = new(
            "Mark the car picked up", "Ends one of my parking records.", Record with { State = "ended", EndedAt = Start.AddHours(5) }, null,
            [SignedOut, (404, "record_not_found"), (409, "record_ended")]),
    };
}
