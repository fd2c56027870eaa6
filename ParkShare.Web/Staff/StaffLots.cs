using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff;

/// <summary>
/// Changes which lots a staff member is assigned, staged on the caller's context: every lot gained or
/// lost is written to that lot's history and to the staff log, so both commit with the change or not at all.
/// </summary>
public sealed class StaffLots(LotChangeLog history, StaffAuditLog audit)
{
    /// <summary>Makes <paramref name="lotIds"/> (those that exist) the member's lots; returns how many assignments changed.</summary>
    public async Task<int> SetAsync(ParkShareDbContext db, ConsoleActor actor, string userId, string subject, IReadOnlyCollection<Guid> lotIds, CancellationToken cancellationToken)
    {
        var existing = await db.LotAssignments.Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var wanted = await db.Lots.Where(l => lotIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        var names = await NameMapAsync(db, existing.Select(a => a.LotId).Concat(wanted), cancellationToken);
        var changed = 0;
        foreach (var gone in existing.Where(a => !wanted.Contains(a.LotId)))
        {
            db.LotAssignments.Remove(gone);
            history.Add(db, gone.LotId, actor, LotChangeKind.OperatorUnassigned, subject);
            audit.Add(db, actor, StaffAuditKind.LotUnassigned, userId, subject, names.GetValueOrDefault(gone.LotId, gone.LotId.ToString()));
            changed++;
        }

        foreach (var lotId in wanted.Where(id => existing.All(a => a.LotId != id)))
        {
            db.LotAssignments.Add(new LotAssignment(userId, lotId));
            history.Add(db, lotId, actor, LotChangeKind.OperatorAssigned, subject);
            audit.Add(db, actor, StaffAuditKind.LotAssigned, userId, subject, names.GetValueOrDefault(lotId, lotId.ToString()));
            changed++;
        }

        return changed;
    }

    /// <summary>The lots' names joined for a log line, e.g. "陆家嘴滨江停车场, 新天地停车场".</summary>
    public async Task<string> NamesAsync(ParkShareDbContext db, IEnumerable<Guid> lotIds, CancellationToken cancellationToken) =>
        string.Join(", ", (await NameMapAsync(db, lotIds, cancellationToken)).Values.Order(StringComparer.Ordinal));

    private static async Task<Dictionary<Guid, string>> NameMapAsync(ParkShareDbContext db, IEnumerable<Guid> lotIds, CancellationToken cancellationToken)
    {
        var ids = lotIds.Distinct().ToList();
        return await db.Lots.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
    }
}
