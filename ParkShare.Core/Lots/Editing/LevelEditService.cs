using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Opens a level for editing and saves a draft back: all or nothing, in one write transaction, against
/// the level version the draft started from. A save bumps the lot version, so every cached map,
/// refinement, route and share page uses the new geometry at once; the lot history records the save
/// in the same transaction.
/// </summary>
public sealed class LevelEditService(IDbContextFactory<ParkShareDbContext> contexts, LotMapCache maps, SpaceStateNotifier notifier, LotChangeLog history)
{
    public async Task<LevelEditContext?> OpenAsync(Guid lotId, Guid levelId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Split: one joined query over five collections returns spaces × zones × landmarks × nodes × edges rows.
        var level = await LevelQuery(db.Levels.AsNoTracking()).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == levelId && l.LotId == lotId, cancellationToken);
        if (level is null)
        {
            return null;
        }

        var lotName = await db.Lots.Where(l => l.Id == lotId).Select(l => l.Name).FirstAsync(cancellationToken);
        return new LevelEditContext(lotName, LevelDraft.From(level), await OtherCodesAsync(db, lotId, levelId, cancellationToken));
    }

    public async Task<LevelSaveResult> SaveAsync(LevelDraft draft, ConsoleActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var lot = await db.Lots.FirstOrDefaultAsync(l => l.Id == draft.LotId, cancellationToken);
        var level = lot is null ? null
            : await LevelQuery(db.Levels).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == draft.LevelId && l.LotId == draft.LotId, cancellationToken);
        if (lot is null || level is null)
        {
            return LevelSaveResult.Refused(LevelSaveStatus.LevelDeleted);
        }

        if (level.EditVersion != draft.Version)
        {
            return LevelSaveResult.Refused(LevelSaveStatus.Conflict, level.EditVersion);
        }

        var issues = DraftValidator.Validate(draft, await OtherCodesAsync(db, draft.LotId, draft.LevelId, cancellationToken));
        if (issues.Any(i => i.Blocking))
        {
            return LevelSaveResult.Refused(LevelSaveStatus.Invalid, level.EditVersion, [.. issues.Where(i => i.Blocking)]);
        }

        var applier = new LevelDraftApplier(db, level, draft);
        var removedSpaces = applier.RemovedSpaceIds.ToList();
        var inUse = await LotQueries.SpacesInUseAsync(db, removedSpaces, cancellationToken);
        if (inUse.Count > 0)
        {
            return LevelSaveResult.Refused(LevelSaveStatus.SpacesInUse, level.EditVersion, blockers: inUse);
        }

        var removedNodes = applier.RemovedNodeIds.ToList();
        var connectors = await db.Set<WalkwayConnector>()
            .Where(c => removedNodes.Contains(c.FromNodeId) || removedNodes.Contains(c.ToNodeId)).Select(c => c.Name).ToListAsync(cancellationToken);
        if (connectors.Count > 0)
        {
            return LevelSaveResult.Refused(LevelSaveStatus.NodesInUse, level.EditVersion, blockers: connectors);
        }

        applier.RemoveAndFreeCodes();
        await db.SaveChangesAsync(cancellationToken);
        var summary = applier.AddAndChange();
        level.MarkEdited();
        lot.MarkChanged();
        history.Add(db, lot.Id, actor, LotChangeKind.LevelSaved, summary.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        maps.Invalidate(lot.Id);
        notifier.Notify(lot.Id);
        return new LevelSaveResult(LevelSaveStatus.Saved, level.EditVersion, summary, [.. issues], []);
    }

    private static IQueryable<Level> LevelQuery(IQueryable<Level> levels) => levels
        .Include(l => l.Zones).Include(l => l.Spaces).Include(l => l.Landmarks)
        .Include(l => l.WalkwayNodes).Include(l => l.WalkwayEdges);

    private static async Task<IReadOnlyCollection<string>> OtherCodesAsync(ParkShareDbContext db, Guid lotId, Guid levelId, CancellationToken cancellationToken) =>
        await db.Spaces.Where(s => s.LevelId != levelId && db.Levels.Any(l => l.Id == s.LevelId && l.LotId == lotId))
            .Select(s => s.Code).ToListAsync(cancellationToken);
}
