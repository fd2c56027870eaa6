using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;

namespace ParkShare.Web.Staff;

/// <summary>
/// Times on console pages that belong to no lot (staff invites and reset links, the staff log, WeChat's status,
/// the sandbox inbox, the push queue), shown in Console:TimeZone (an IANA zone, Asia/Shanghai by default), never in UTC.
/// </summary>
public sealed class ConsoleTime(IOptions<ConsoleOptions> options)
{
    private readonly TimeZoneInfo _zone = LotTime.Zone(options.Value.TimeZone);

    /// <summary>The zone's IANA id, for a column heading or a sentence ("Asia/Shanghai").</summary>
    public string ZoneId => options.Value.TimeZone;

    public string Format(DateTime utc, string pattern = "yyyy-MM-dd HH:mm:ss") => LotTime.Format(utc, _zone, pattern);

    /// <summary>A time with its zone, for a sentence: "2026-12-08 15:00 (Asia/Shanghai)".</summary>
    public string FormatWithZone(DateTime utc) => $"{LotTime.Format(utc, _zone, "yyyy-MM-dd HH:mm")} ({ZoneId})";
}
