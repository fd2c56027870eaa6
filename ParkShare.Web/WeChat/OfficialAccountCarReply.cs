using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.WeChat;
using ParkShare.Web.Hosting;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.WeChat;

/// <summary>
/// The answer to "my car": the current record's detailed position (lot, level, zone, space, nearest
/// landmark) and a short-lived secure link for its owner, in the current UI language. Quick reads,
/// plus at most one link insert, so it fits well inside WeChat's 5 seconds.
/// </summary>
public sealed class OfficialAccountCarReply(
    IDbContextFactory<ParkShareDbContext> contexts,
    ParkingService parking,
    LotMapCache maps,
    PositionRefiner refiner,
    ShareService shares,
    RouteStepFormatter steps,
    IOptions<PublicSiteOptions> site,
    IOptions<SharingOptions> sharing,
    IStringLocalizer<OfficialAccountCarReply> text,
    TimeProvider clock)
{
    /// <summary>How long a link made for the official account lives; one with at least <see cref="MinRemaining"/> left is reused.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinRemaining = TimeSpan.FromHours(1);

    public async Task<string> AnswerAsync(string openId, CancellationToken cancellationToken)
    {
        Driver? driver;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            driver = await DriverIdentities.FindAsync(db, new WeChatIdentity(WeChatChannel.OfficialAccount, openId, null), cancellationToken);
        }

        var record = driver is null ? null : await parking.CurrentAsync(driver.Id, cancellationToken);
        if (driver is null || record is null)
        {
            return text["OA.Car.None"];
        }

        var map = await maps.GetAsync(record.LotId, cancellationToken);
        var position = map?.Space(record.SpaceId) is { } space ? refiner.Describe(map, space, record.ResolvedBy) : null;
        var sb = new StringBuilder();
        sb.Append(text["OA.Car.Where", map?.Name ?? string.Empty, record.SpaceCode].Value).Append('\n');
        sb.Append(text["S.LevelZone", record.LevelName, position?.Zone?.Name ?? record.ZoneCode ?? "–"].Value);
        if (position?.NearestLandmark is { } landmark)
        {
            sb.Append('\n').Append(text["M.Car.NearestText", steps.LandmarkName(landmark.Kind, landmark.Name), Math.Round(position.NearestLandmarkDistance)].Value);
        }

        if (await LinkAsync(driver.Id, record.Id, cancellationToken) is { } link)
        {
            var until = LotTime.Format(link.ExpiresAtUtc, LotTime.Zone(map?.TimeZoneId ?? "Asia/Shanghai"));
            sb.Append("\n\n").Append(text["OA.Car.Link", site.Value.SharePage(link.Token), until].Value);
        }

        return sb.ToString();
    }

    private async Task<(string Token, DateTime ExpiresAtUtc)?> LinkAsync(Guid driverId, Guid recordId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = LinkLifetime < sharing.Value.MaxLifetime ? LinkLifetime : sharing.Value.MaxLifetime;
        var reusable = (await shares.ListAsync(driverId, recordId, cancellationToken))
            .Where(l => l.StateAt(now, recordActive: true) == ShareLinkState.Active && !l.HasPin && l.MaxViews is null && !l.ShowPlate && !l.ShowPhoto
                && l.ExpiresAtUtc - now >= MinRemaining && l.ExpiresAtUtc - now <= lifetime)
            .OrderByDescending(l => l.ExpiresAtUtc);
        foreach (var existing in reusable)
        {
            if (shares.TokenOf(existing) is { } token)
            {
                return (token, existing.ExpiresAtUtc);
            }
        }

        var created = await shares.CreateAsync(driverId, new ShareRequest(recordId, lifetime, null, null, false, false), cancellationToken);
        return created is { Link: { } link, Token: { } fresh } ? (fresh, link.ExpiresAtUtc) : null;
    }
}
