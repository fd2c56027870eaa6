using System.Globalization;

namespace ParkShare.Core.Lots;

/// <summary>Times are stored in UTC and shown, or typed, in the lot's own time zone.</summary>
public static class LotTime
{
    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>A wall-clock time typed at the lot, in UTC; null for a time the zone skips (a DST gap).</summary>
    public static DateTime? ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(unspecified) ? null : TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <summary>A scheduled wall-clock time in UTC; a time skipped by a daylight-saving jump moves to just after the jump.</summary>
    public static DateTime ToUtcOrLater(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (var i = 0; i < 4 && zone.IsInvalidTime(unspecified); i++)
        {
            unspecified = unspecified.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    public static string Format(DateTime utc, TimeZoneInfo zone, string pattern = "MM-dd HH:mm") =>
        ToLocal(utc, zone).ToString(pattern, CultureInfo.InvariantCulture);
}
