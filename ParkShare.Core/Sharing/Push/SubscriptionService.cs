using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// Records accepted wx.requestSubscribeMessage results: one unused authorisation per accepted
/// template. Unused ones per driver and template are capped, so a client cannot pile them up.
/// </summary>
public sealed class SubscriptionService(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public const int MaxUnusedPerTemplate = 50;

    /// <summary>Adds one authorisation per template (the caller checked they are ours); returns how many were recorded.</summary>
    public async Task<int> AcceptAsync(Guid driverId, IReadOnlyCollection<string> templateIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var recorded = 0;
        foreach (var templateId in templateIds)
        {
            var unused = await db.SubscriptionGrants.CountAsync(g => g.DriverId == driverId && g.TemplateId == templateId && g.UsedAtUtc == null, cancellationToken);
            if (unused < MaxUnusedPerTemplate)
            {
                db.SubscriptionGrants.Add(SubscriptionGrant.Accepted(driverId, templateId, now));
                recorded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return recorded;
    }

    public async Task<int> UnusedAsync(Guid driverId, string templateId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SubscriptionGrants.CountAsync(g => g.DriverId == driverId && g.TemplateId == templateId && g.UsedAtUtc == null, cancellationToken);
    }
}
