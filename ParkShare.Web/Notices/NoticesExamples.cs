using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Notices;

/// <summary>Example bodies of a driver's notices.</summary>
public static class NoticesExamples
{
    public static readonly NoticeDto Notice = new(
        "01a21890-3c4d-7e5f-8a9b-0c1d2e3f4a5b", "reservationStartsSoon", ReservationId, "预约即将开始", "B2-C-017 的预约将于 09:30 开始，请按时入场。",
        $"/m/reservations/{ReservationId}", Start, Start.AddMinutes(-15), null);

    public static readonly NoticePageDto NoticePage = new([Notice], Cursor, 1);
}
