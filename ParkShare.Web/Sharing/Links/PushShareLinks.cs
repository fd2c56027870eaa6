using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Web.Sharing.Links;

/// <summary>Which of a driver's links the push outbox made for a bound friend's message, so the owner can tell them from links made by hand.</summary>
public sealed class PushShareLinks(IDbContextFactory<ParkShareDbContext> contexts)
{
    public async Task<HashSet<Guid>> AmongAsync(IReadOnlyCollection<Guid> linkIds, CancellationToken cancellationToken)
    {
        if (linkIds.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.OutboxMessages.Where(m => m.ShareLinkId != null && linkIds.Contains(m.ShareLinkId.Value))
            .Select(m => m.ShareLinkId!.Value).Distinct().ToListAsync(cancellationToken);
        return [.. ids];
    }
}
