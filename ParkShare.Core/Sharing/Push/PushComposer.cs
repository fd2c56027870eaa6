using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// Turns a claimed outbox row into the messages each channel would carry. A template message about a
/// parked car leaves the mini-program, so it opens a secure share link (one per friend and record,
/// reused by later messages and retries); everything else opens the driver's own pages.
/// </summary>
public sealed class PushComposer(
    IDbContextFactory<ParkShareDbContext> contexts, ShareService shares, IPushTexts texts, IPushLinks links, IOptions<WeChatOptions> weChat, TimeProvider clock)
{
    public async Task<ComposedPush?> ComposeAsync(Guid id, Guid claimToken, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null || !message.IsClaimedBy(claimToken))
        {
            return null;
        }

        var recipient = await db.Drivers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == message.RecipientId, cancellationToken);
        var record = message.RecordId is { } rid ? await db.ParkingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, cancellationToken) : null;
        var notice = message.NoticeId is { } nid ? await db.DriverNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == nid, cancellationToken) : null;
        if (recipient is null || (record is null && notice is null))
        {
            return new ComposedPush(message, null, null, null, "subject_gone");
        }

        if (record is not null && !await BindingService.IsBoundAsync(db, record.DriverId, recipient.Id, cancellationToken))
        {
            return new ComposedPush(message, null, null, null, "binding_ended");
        }

        var lotId = record?.LotId ?? notice!.LotId;
        var lot = await db.Lots.AsNoTracking().Where(l => l.Id == lotId).Select(l => new { l.Name, l.TimeZoneId }).FirstOrDefaultAsync(cancellationToken);
        var title = texts.Title(message.Event, notice?.Kind);
        var data = record is not null
            ? PushTemplateData.Build(title, lot?.Name ?? string.Empty, record.LevelName, record.SpaceCode, TimeOf(message, record), lot?.TimeZoneId ?? "UTC", record.Plate)
            : PushTemplateData.Build(title, lot?.Name ?? string.Empty, notice!.LevelName, notice.SpaceCode, notice.AtUtc, lot?.TimeZoneId ?? "UTC", null);

        var templates = weChat.Value.Templates;
        var (subscribeTemplate, officialTemplate) = record is not null
            ? (templates.PositionSharedSubscribe, templates.PositionSharedTemplate)
            : (templates.DriverNoticeSubscribe, templates.DriverNoticeTemplate);

        SubscribeMessage? subscribe = null;
        Guid? grantId = null;
        if (recipient.MiniProgramOpenId is { } mpOpenId && subscribeTemplate.Length > 0)
        {
            grantId = await db.SubscriptionGrants.Where(g => g.DriverId == recipient.Id && g.TemplateId == subscribeTemplate && g.UsedAtUtc == null)
                .OrderBy(g => g.CreatedAtUtc).Select(g => (Guid?)g.Id).FirstOrDefaultAsync(cancellationToken);
            subscribe = grantId is null ? null : new SubscribeMessage(mpOpenId, subscribeTemplate, MiniProgramPage(record, notice!), data);
        }

        TemplateMessage? template = null;
        if (recipient.OfficialAccountOpenId is { } oaOpenId && officialTemplate.Length > 0)
        {
            var url = record is { IsActive: true } ? await ShareUrlAsync(db, message, record, cancellationToken) : null;
            template = new TemplateMessage(oaOpenId, officialTemplate, url ?? links.MobilePage(record is null ? "/m" : "/m/shared"), null, data);
        }

        return new ComposedPush(message, subscribe, grantId, template);
    }

    private static DateTime TimeOf(OutboxMessage message, ParkingRecord record) => message.Event switch
    {
        OutboxEvent.RecordCreated => record.ParkedAtUtc,
        OutboxEvent.RecordEnded => record.EndedAtUtc ?? message.CreatedAtUtc,
        _ => message.CreatedAtUtc,
    };

    private static string MiniProgramPage(ParkingRecord? record, DriverNotice notice) =>
        record is not null ? $"pages/record/detail?id={record.Id}"
        : notice.Kind is NoticeKind.PickupDue or NoticeKind.SpaceDisabledWhileParked ? $"pages/record/detail?id={notice.SubjectId}"
        : $"pages/lot/map?lotId={notice.LotId}";

    /// <summary>The friend's working link to this record (made by the first message that needed one), or a new one; null when none can be made.</summary>
    private async Task<string?> ShareUrlAsync(ParkShareDbContext db, OutboxMessage message, ParkingRecord record, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.RecordId == record.Id && m.RecipientId == message.RecipientId && m.ShareLinkId != null)
            .Select(m => m.ShareLinkId!.Value).ToListAsync(cancellationToken);
        var link = await db.ShareLinks.AsNoTracking()
            .Where(l => earlier.Contains(l.Id) && l.RevokedAtUtc == null && l.ExpirySeenAtUtc == null && l.ExpiresAtUtc > now && (l.MaxViews == null || l.Views < l.MaxViews))
            .OrderByDescending(l => l.ExpiresAtUtc).FirstOrDefaultAsync(cancellationToken);
        string? token;
        if (link is not null)
        {
            token = shares.TokenOf(link);
        }
        else
        {
            var created = await shares.CreateAsync(record.DriverId, new ShareRequest(record.Id, null, null, null, ShowPlate: false, ShowPhoto: false), cancellationToken);
            link = created.Link;
            token = created.Token;
        }

        if (link is null || token is null)
        {
            return null;
        }

        await db.OutboxMessages.Where(m => m.Id == message.Id && m.ShareLinkId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ShareLinkId, link.Id), cancellationToken);
        return links.SharePage(token);
    }
}
