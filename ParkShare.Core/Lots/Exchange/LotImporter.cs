using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// Exports a lot as GeoJSON and imports checked documents: as a new lot (fresh ids), or over an existing lot,
/// previewed first and then replaced atomically in one write transaction (version bumped, history written,
/// cached maps invalidated). A replace that would remove spaces drivers depend on is refused.
/// </summary>
public sealed class LotImporter(
    IDbContextFactory<ParkShareDbContext> contexts,
    LotWriter writer,
    LotChangeLog log,
    LotMapCache maps,
    SpaceStateNotifier notifier)
{
    /// <summary>The lot with all its geometry, untracked, for the exporter; null when there is no such lot.</summary>
    public async Task<Lot?> LoadAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LotMapCache.LoadAsync(db, lotId, cancellationToken);
    }

    public Task<LotEditOutcome> CreateAsync(ConsoleActor actor, LotGeoJsonDocument document, CancellationToken cancellationToken = default)
    {
        var lot = document.Lot;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{lot.Name}: {lot.Levels.Count} levels, {lot.Levels.Sum(l => l.Spaces.Count)} spaces (GeoJSON)");
        return writer.CreateAsync(lot, actor, summary, cancellationToken, LotChangeKind.LotImported);
    }

    /// <summary>What replacing the lot with the document would do; null when there is no such lot. Nothing is written.</summary>
    public Task<LotReplaceResult?> PreviewAsync(Guid lotId, LotGeoJsonDocument document, CancellationToken cancellationToken = default) =>
        RunAsync(null, lotId, document, cancellationToken);

    public Task<LotReplaceResult?> ReplaceAsync(ConsoleActor actor, Guid lotId, LotGeoJsonDocument document, CancellationToken cancellationToken = default) =>
        RunAsync(actor, lotId, document, cancellationToken);

    private async Task<LotReplaceResult?> RunAsync(ConsoleActor? actor, Guid lotId, LotGeoJsonDocument document, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var lot = await db.Lots.WithGeometry().FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        if (lot is null)
        {
            return null;
        }

        var replacer = new LotReplacer(db, lot, document);
        var inUse = await LotQueries.SpacesInUseAsync(db, [.. replacer.RemovedSpaceIds], cancellationToken);

        // The preview is the replace itself, rolled back: its counts are exactly what a replace would do.
        var summary = await replacer.ApplyAsync(cancellationToken);
        if (inUse.Count > 0)
        {
            return new LotReplaceResult(LotReplaceStatus.SpacesInUse, summary, inUse);
        }

        if (actor is null)
        {
            return new LotReplaceResult(LotReplaceStatus.Previewed, summary, []);
        }

        lot.Describe(document.Lot.Name, document.Lot.Address);
        lot.MarkChanged();
        log.Add(db, lot.Id, actor, LotChangeKind.LotReplaced, summary.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        maps.Invalidate(lot.Id);
        notifier.Notify(lot.Id);
        return new LotReplaceResult(LotReplaceStatus.Replaced, summary, []);
    }
}
