using System.Globalization;

namespace ParkShare.Web.Lots;

/// <summary>
/// Date-times as the console shows and takes them: wall-clock time in the lot's time zone, as an
/// HTML datetime-local value ("2026-11-27T08:30"), converted to and from the stored UTC.
/// </summary>
public static class LotLocalTime
{
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>The UTC instant of a datetime-local value in the zone; null when blank, unreadable or skipped by a clock change.</summary>
    public static DateTime? ToUtc(string? local, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(local)
            || !DateTime.TryParseExact(local.Trim(), [InputFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
            || zone.IsInvalidTime(wall))
        {
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), zone);
    }

    public static DateTime FromUtc(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
