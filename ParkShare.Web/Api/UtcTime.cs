namespace ParkShare.Web.Api;

/// <summary>Times are stored as UTC DateTime; the wire carries them as ISO 8601 with the +00:00 offset.</summary>
public static class UtcTime
{
    public static DateTimeOffset ToOffset(this DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
