using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Runs one edit of a lot: in a BEGIN IMMEDIATE transaction, loads the lot, applies the change, and when
/// it succeeds bumps the lot's version (the LotMap cache keys on it), writes the history entry and
/// commits, all at once; a refused change writes nothing.
/// </summary>
public sealed class LotWriter(IDbContextFactory<ParkShareDbContext> contexts, LotChangeLog log, LotMapCache maps)
{
    public async Task<LotEditOutcome> EditAsync(
        Guid lotId,
        ConsoleActor actor,
        bool withGeometry,
        Func<ParkShareDbContext, Lot, Task<LotEditOutcome>> change,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var lot = await Load(db, withGeometry).FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        if (lot is null)
        {
            return LotEditOutcome.Refused(LotEditError.NotFound);
        }

        var outcome = await change(db, lot);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        lot.MarkChanged();
        log.Add(db, lotId, actor, outcome.Kind, outcome.Summary);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        maps.Invalidate(lotId);
        return outcome;
    }

    /// <summary>Adds a new lot and the history entry of its creation in one transaction.</summary>
    public async Task<LotEditOutcome> CreateAsync(Lot lot, ConsoleActor actor, string summary, CancellationToken cancellationToken, LotChangeKind kind = LotChangeKind.LotCreated)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        db.Lots.Add(lot);
        log.Add(db, lot.Id, actor, kind, summary);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LotEditOutcome.Changed(kind, summary, lot.Id);
    }

    private static IQueryable<Lot> Load(ParkShareDbContext db, bool withGeometry)
    {
        return withGeometry ? db.Lots.WithGeometry() : db.Lots.WithConnectors();
    }
}
