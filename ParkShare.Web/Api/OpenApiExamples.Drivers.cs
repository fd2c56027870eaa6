using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Web.Api;

/// <summary>Record photos, the driver's notices and the lots' occupancy feed.</summary>
public static partial class OpenApiExamples
{
    private const string NoticeId = "01a21890-3c4d-7e5f-8a9b-0c1d2e3f4a5b";

    // A property, not a field: the samples it uses are initialized in another part of this class.
    private static NoticeDto Notice => new(
        NoticeId, "reservationStartsSoon", ReservationId, "预约即将开始", "B2-C-017 的预约将于 09:30 开始，请按时入场。", $"/m/reservations/{ReservationId}",
        Start, Start.AddMinutes(-15), null);

    private static ShareDto Share => new(
        "01a218a0-4d5e-7f60-8a9b-1c2d3e4f5a6b", RecordId, "active", "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q",
        "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q/qr.png", "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q/qr.svg",
        "https://park.example.com/s/do6X20PfJhZ3394i46Oc2Q/poster.png", Start, Start.AddDays(3), true, 20, 1, false, false, Start.AddHours(1), null, null);

    private static Dictionary<string, OperationDoc> DriverOperations => new()
    {
        ["CreateShare"] = new(
            "Share the parked car",
            "A capability link (22-character token, 128 random bits) to one of my active records, with its QR codes and poster. `lifetimeHours` defaults to "
            + "Sharing:DefaultLifetime and is capped by Sharing:MaxLifetime; `pin` (6–8 digits) and `maxViews` are optional; the friend sees the plate and "
            + "the photo only when `showPlate` / `showPhoto` say so. The link stops working when the car is picked up.",
            Share, new CreateShareRequest(RecordId, 72, "246813", 20, false, false),
            [Invalid, (400, "share_lifetime_too_long"), (400, "share_pin_invalid"), (400, "share_view_limit_invalid"), Malformed, SignedOut,
             (404, "record_not_found"), (409, "record_ended"), (409, "too_many_shares"), TooLarge, NotJson]),
        ["ListShares"] = new("List my share links", "Newest first; `recordId` narrows to one record. Each link with its state and view count.", new ShareListDto([Share]), null, [SignedOut]),
        ["GetShare"] = new("Get a share link", "Its owner can show the link and QR again; another driver's id answers 404.", Share, null, [SignedOut, (404, "share_not_found")]),
        ["RevokeShare"] = new("Revoke a share link", "The link answers 410 at once.", null, null, [SignedOut, (404, "share_not_found")]),
        ["ExtendShare"] = new(
            "Extend a share link", "A new end `lifetimeHours` from now, at most Sharing:MaxLifetime; not for revoked links or picked-up cars.",
            Share, new ExtendShareRequest(48),
            [Invalid, (400, "share_lifetime_too_long"), Malformed, SignedOut, (404, "share_not_found"), (409, "share_not_active"), TooLarge, NotJson]),
        ["ListShareViews"] = new(
            "A share link's access log", "When it was opened and from what kind of device and network (never a full IP address), newest first.",
            new ShareViewListDto([new ShareViewDto(Start.AddHours(1), "iOS · WeChat", "203.0.113.0/24", 1)]), null, [SignedOut, (404, "share_not_found")]),
        ["UploadRecordPhoto"] = new(
            "Add a photo to a record",
            "multipart/form-data with one file field `photo`: JPEG or PNG up to 5 MB (40 megapixels). It is turned upright, scaled to at most 2048 px "
            + "and re-encoded as JPEG, which drops EXIF and GPS metadata. Replaces an earlier photo; the record's `photoUrl` changes with it.",
            Record, null,
            [(400, "photo_required"), (400, "photo_empty"), (400, "malformed_multipart"), SignedOut, (404, "record_not_found"), (409, "record_ended_photo"),
             (413, "photo_too_large"), (413, "photo_too_many_pixels"), (415, "photo_not_image"), (415, "photo_multipart_required")]),
        ["GetRecordPhoto"] = new(
            "Get a record's photo", "The stored JPEG (private cache, ETag); only the record's owner may fetch it.", "<binary JPEG>", null,
            [SignedOut, (404, "record_not_found"), (404, "photo_not_found")]),
        ["DeleteRecordPhoto"] = new("Delete a record's photo", "Removes the photo file and the record's `photoUrl`.", null, null, [SignedOut, (404, "record_not_found"), (404, "photo_not_found")]),
        ["ListNotices"] = new(
            "List my notices",
            "Reminders (a reservation starts soon, its hold lapses soon, a long stay's pickup day) and the lot's cancellations and no-show releases, "
            + "newest first, in the request's language with times in the lot's time zone. `unreadOnly=true` filters; `limit` 1–100, `cursor` as for other lists.",
            new NoticePageDto([Notice], Cursor, 1), null, [Invalid, SignedOut]),
        ["MarkNoticeRead"] = new("Mark a notice read", "Keeps the first read time; another driver's id answers 404.", null, null, [SignedOut, (404, "notice_not_found")]),
        ["MarkAllNoticesRead"] = new("Mark all my notices read", "Marks every unread notice of the driver read.", null, null, [SignedOut]),
        ["ReportOccupancy"] = new(
            "Report occupancy from the lot's sensors",
            "For the lot's own sensors and plate cameras, with a per-lot API key (`Authorization: ApiKey psk_…` or `X-Api-Key`) that staff create in the console. "
            + "Up to 1000 observations by space code or id; the batch is checked whole before anything is written, and per space only a newer observation counts, "
            + "so repeated or late deliveries change nothing.",
            new OccupancyResultDto(1, 0),
            new OccupancyRequest([new ParkShare.Core.Occupancy.OccupancyObservation("B2-C-017", null, true, Start, "cam-3")]),
            [Invalid, Malformed, (401, "api_key_invalid"), TooLarge, NotJson, (429, "rate_limited")]),
    };
}
