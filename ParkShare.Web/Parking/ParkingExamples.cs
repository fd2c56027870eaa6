using ParkShare.Web.Refinement;
using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Parking;

/// <summary>Example bodies of reservations and parking records, built from the real wire types.</summary>
public static class ParkingExamples
{
    public static readonly ReservationDto Reservation = new(
        ReservationId, LotId, SpaceId, "B2-C-017", Start, Start.AddHours(2), Start.AddMinutes(15), "active", null);

    public static readonly ReservationDto Cancelled = Reservation with { State = "cancelled" };

    public static readonly ReservationListDto ReservationList = new([Reservation], Cursor);

    public static readonly CreateReservationRequest ReservationRequest = new(SpaceId, Start, Start.AddHours(2));

    public static readonly ParkingRecordDto Record = new(
        RecordId, LotId, "active", RefinementExamples.Position, "B2-C-017", "B2", "C", Start, null, "沪A12345", "后备箱有雨伞", Start.AddDays(3), null,
        $"/api/mp/records/{RecordId}/photo?v=1764140400000");

    public static readonly ParkingRecordDto CheckedIn = Record with { ReservationId = ReservationId };

    public static readonly ParkingRecordDto Ended = Record with { State = "ended", EndedAt = Start.AddHours(5) };

    public static readonly ParkingRecordListDto RecordList = new([Record], Cursor);

    public static readonly CreateRecordRequest RecordRequest = new(
        LotId, new PositionRequest("spaceCode", Code: "负二层C区17号"), "沪A12345", "后备箱有雨伞", Start.AddDays(3));

    public static readonly MoveRecordRequest MoveRequest = new(new PositionRequest("spaceCode", Code: "B2-C-017"));
}
