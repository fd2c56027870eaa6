namespace ParkShare.Core.Lots;

/// <summary>A lot's wall clock: times are stored in UTC and shown, or scheduled, in the lot's time zone.</summary>
public static class LotTimeZone
{
    /// <summary>The lot's zone; an id this machine does not know falls back to UTC rather than failing.</summary>
    public static TimeZoneInfo Find(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>A local wall-clock time in UTC; a time skipped by a daylight-saving jump moves to just after the jump.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (var i = 0; i < 4 && zone.IsInvalidTime(unspecified); i++)
        {
            unspecified = unspecified.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
