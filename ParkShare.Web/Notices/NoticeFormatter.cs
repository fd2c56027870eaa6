using System.Text.Json;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Notices;
using ParkShare.Web.Api;

namespace ParkShare.Web.Notices;

/// <summary>
/// Phrases a notice in the current UI language, its times on the lot's wall clock. The inbox uses
/// it now; a push channel can render the same stored notice the same way later.
/// </summary>
public sealed class NoticeFormatter(LotMapCache maps, IStringLocalizer<NoticeFormatter> text)
{
    public async Task<NoticeDto> ToDtoAsync(DriverNotice n, CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(n.LotId, cancellationToken);
        var zone = LotTime.Zone(map?.TimeZoneId ?? TimeZoneInfo.Utc.Id);
        object[] args =
        [
            n.SpaceCode,
            n.LevelName ?? string.Empty,
            LotTime.ToLocal(n.AtUtc, zone),
            n.UntilUtc is { } until ? LotTime.ToLocal(until, zone) : LotTime.ToLocal(n.AtUtc, zone),
            n.Reason ?? string.Empty,
            map?.Name ?? string.Empty,
        ];
        return new NoticeDto(
            n.Id.ToString(),
            JsonNamingPolicy.CamelCase.ConvertName(n.Kind.ToString()),
            n.SubjectId.ToString(),
            text[$"Notice.{n.Kind}.Title", args],
            text[$"Notice.{n.Kind}.Text", args],
            LinkFor(n),
            n.AtUtc.ToOffset(),
            n.CreatedAtUtc.ToOffset(),
            n.ReadAtUtc is { } read ? read.ToOffset() : null);
    }

    /// <summary>Where the driver pages show the subject: the reservation, or the driver's parked car.</summary>
    public static string LinkFor(DriverNotice n) =>
        n.IsSubjectReservation ? $"/m/reservations/{n.SubjectId}" : "/m/car";
}
