using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Lists, adds and removes a lot's connectors between levels, following <see cref="ConnectorRules"/>.</summary>
public sealed class ConnectorEditor(IDbContextFactory<ParkShareDbContext> contexts, LotWriter writer)
{
    public async Task<IReadOnlyList<ConnectorRow>> ListAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lot = await db.Lots.AsNoTracking().WithConnectors()
            .FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        if (lot is null)
        {
            return [];
        }

        return [.. lot.Connectors.Select(c => Row(lot, c)).OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.LowerLevel, StringComparer.Ordinal)];
    }

    /// <summary>The lot's landmarks that stand at a walkway node (all but pillars), top level first.</summary>
    public async Task<IReadOnlyList<LandmarkChoice>> LandmarksAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Levels.Where(l => l.LotId == lotId)
            .Join(db.Set<Landmark>(), l => l.Id, m => m.LevelId, (l, m) => new { Level = l, Landmark = m })
            .Where(x => x.Landmark.Kind != LandmarkKind.Pillar && db.Set<WalkwayNode>().Any(n => n.LandmarkId == x.Landmark.Id))
            .Select(x => new LandmarkChoice(x.Landmark.Id, x.Level.Id, x.Level.Name, x.Level.Ordinal, x.Landmark.Kind, x.Landmark.Name))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.LevelOrdinal).ThenBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    public Task<LotEditOutcome> ConnectAsync(ConsoleActor actor, Guid lotId, ConnectorDraft draft, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, (db, lot) =>
        {
            var error = LotNames.Check(draft.Name, ConnectorRules.MaxNameLength);
            if (error == LotEditError.None)
            {
                error = ConnectorRules.CheckCost(draft.CostMeters);
            }

            var landmarkIds = draft.LandmarkIds.Distinct().ToList();
            if (error == LotEditError.None && landmarkIds.Count < 2)
            {
                error = LotEditError.ConnectorTooFewEnds;
            }

            if (error != LotEditError.None)
            {
                return Task.FromResult(LotEditOutcome.Refused(error));
            }

            var nodes = lot.Levels.SelectMany(l => l.WalkwayNodes).Where(n => n.LandmarkId is not null).ToLookup(n => n.LandmarkId!.Value);
            var ends = landmarkIds.Select(id => nodes[id].FirstOrDefault()).ToList();
            if (ends.Any(n => n is null))
            {
                return Task.FromResult(LotEditOutcome.Refused(LotEditError.ConnectorNodeMissing));
            }

            var (pairs, chainError) = ConnectorRules.Chain(lot, ends!, draft.CostMeters);
            if (chainError != LotEditError.None)
            {
                return Task.FromResult(LotEditOutcome.Refused(chainError));
            }

            var added = pairs.Select(p => lot.Connect(draft.Kind, draft.Name!.Trim(), p.Lower, p.Upper, draft.CostMeters)).ToList();
            db.AddRange(added);
            var levels = lot.Levels.ToDictionary(l => l.Id, l => l.Name);
            var route = string.Join(" ↔ ", pairs.Select(p => levels[p.Lower.LevelId]).Append(levels[pairs[^1].Upper.LevelId]));
            var summary = string.Create(CultureInfo.InvariantCulture, $"{draft.Kind} {draft.Name!.Trim()}: {route}, {draft.CostMeters:0.#} m");
            return Task.FromResult(LotEditOutcome.Changed(LotChangeKind.ConnectorAdded, summary, added[0].Id));
        }, cancellationToken);

    public Task<LotEditOutcome> DisconnectAsync(ConsoleActor actor, Guid lotId, Guid connectorId, CancellationToken cancellationToken = default) =>
        writer.EditAsync(lotId, actor, withGeometry: false, (_, lot) =>
        {
            var description = lot.Connectors.FirstOrDefault(c => c.Id == connectorId) is { } found ? Describe(lot, found) : null;
            return Task.FromResult(description is not null && lot.Disconnect(connectorId) is not null
                ? LotEditOutcome.Changed(LotChangeKind.ConnectorRemoved, description, connectorId)
                : LotEditOutcome.Refused(LotEditError.NotFound));
        }, cancellationToken);

    /// <summary>"Elevator 1: B2 ↔ B1"; the levels' walkway nodes must be loaded.</summary>
    internal static string Describe(Lot lot, WalkwayConnector connector)
    {
        var row = Row(lot, connector);
        return $"{connector.Kind} {connector.Name}: {row.LowerLevel} ↔ {row.UpperLevel}";
    }

    private static ConnectorRow Row(Lot lot, WalkwayConnector c)
    {
        var levelOf = lot.Levels.SelectMany(l => l.WalkwayNodes.Select(n => (n.Id, Level: l))).ToDictionary(t => t.Id, t => t.Level);
        var ends = new[] { levelOf.GetValueOrDefault(c.FromNodeId), levelOf.GetValueOrDefault(c.ToNodeId) }
            .OrderBy(l => l?.Ordinal ?? int.MinValue).Select(l => l?.Name ?? "?").ToArray();
        return new ConnectorRow(c.Id, c.Kind, c.Name, c.CostMeters, ends[0], ends[1]);
    }
}
