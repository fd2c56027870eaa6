using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>Writing the replacement: connectors and dropped levels first, then each level's draft, then the connectors again.</summary>
internal sealed partial class LotReplacer
{
    private const double Tolerance = 0.001;

    public async Task<LotReplaceSummary> ApplyAsync(CancellationToken cancellationToken)
    {
        var connectorsBefore = _lot.Connectors.Select(c => (c.Id, c.Kind, c.Name, c.FromNodeId, c.ToNodeId, c.CostMeters)).ToList();
        foreach (var connector in _lot.Connectors.ToList())
        {
            _lot.Disconnect(connector.Id);
            _db.Remove(connector);
        }

        var kept = _pairs.Where(p => p.Current is not null).Select(p => p.Current!.Id).ToHashSet();
        var dropped = _lot.Levels.Where(l => !kept.Contains(l.Id)).ToList();
        var gone = new LevelEditSummary(string.Empty, false,
            new(0, 0, dropped.Sum(l => l.Zones.Count)), new(0, 0, dropped.Sum(l => l.Spaces.Count)), new(0, 0, dropped.Sum(l => l.Landmarks.Count)),
            new(0, 0, dropped.Sum(l => l.WalkwayNodes.Count)), new(0, 0, dropped.Sum(l => l.WalkwayEdges.Count)));
        foreach (var level in dropped)
        {
            _lot.RemoveLevel(level);
            _db.Remove(level);
        }

        // Ordinals are unique per lot: park the kept levels on free ones first, so two levels may swap floors.
        var park = -1_000_000;
        var levelsChanged = 0;
        foreach (var (imported, current) in _pairs.Where(p => p.Current is not null))
        {
            levelsChanged += current!.Name != imported.Name || current.Ordinal != imported.Ordinal || !Near(current.Outline, imported.Outline) ? 1 : 0;
            current.MoveTo(park++);
            current.Rename("~" + current.Id.ToString("N")[..20]);
        }

        await _db.SaveChangesAsync(cancellationToken);
        var appliers = new List<(Level Imported, Level Level, LevelDraftApplier Applier)>();
        foreach (var (imported, current) in _pairs)
        {
            var level = current ?? _db.Levels.Add(_lot.AddLevel(imported.Name, imported.Ordinal, imported.Outline)).Entity;
            level.Rename(imported.Name);
            level.MoveTo(imported.Ordinal);
            var applier = new LevelDraftApplier(_db, level, DraftFor(imported, level));
            applier.RemoveAndFreeCodes();
            appliers.Add((imported, level, applier));
        }

        await _db.SaveChangesAsync(cancellationToken);
        var summaries = new List<LevelEditSummary> { gone };
        foreach (var (imported, level, applier) in appliers)
        {
            summaries.Add(applier.AddAndChange());
            level.MarkEdited();
            var spaces = level.Spaces.ToDictionary(s => s.Id);
            foreach (var space in imported.Spaces)
            {
                var target = spaces[Target(space.Id)];
                if (space.Disabled) { target.Disable(); } else { target.Enable(); }
            }
        }

        var connectors = AddConnectors(connectorsBefore);
        return new LotReplaceSummary(
            new ElementChanges(_pairs.Count(p => p.Current is null), levelsChanged, dropped.Count),
            Sum(summaries, s => s.Zones),
            Sum(summaries, s => s.Spaces),
            Sum(summaries, s => s.Landmarks),
            Sum(summaries, s => s.Nodes),
            Sum(summaries, s => s.Edges),
            connectors);
    }

    private ElementChanges AddConnectors(List<(Guid Id, ConnectorKind Kind, string Name, Guid FromNodeId, Guid ToNodeId, double CostMeters)> before)
    {
        var nodes = _lot.Levels.SelectMany(l => l.WalkwayNodes).ToDictionary(n => n.Id);
        var matched = 0;
        foreach (var c in _document.Lot.Connectors)
        {
            matched += before.Any(b => b.Id == _document.FileIdOf(c.Id)
                || (b.Kind == c.Kind && b.Name == c.Name && b.FromNodeId == Target(c.FromNodeId) && b.ToNodeId == Target(c.ToNodeId))) ? 1 : 0;
            _db.Add(_lot.Connect(c.Kind, c.Name, nodes[Target(c.FromNodeId)], nodes[Target(c.ToNodeId)], c.CostMeters));
        }

        // Connectors are rebuilt (nothing points at them), so a kept one counts as changed only in the history's eyes.
        return new ElementChanges(_document.Lot.Connectors.Count - matched, matched, before.Count - matched);
    }

    private LevelDraft DraftFor(Level imported, Level level)
    {
        var zones = level.Zones.ToDictionary(z => z.Id);
        var spaces = level.Spaces.ToDictionary(s => s.Id);
        var landmarks = level.Landmarks.ToDictionary(l => l.Id);
        var nodes = level.WalkwayNodes.ToDictionary(n => n.Id);
        Guid? Zone(Guid? id) => id is { } z ? Target(z) : null;
        return new LevelDraft(
            _lot.Id, level.Id, imported.Name, level.EditVersion, Near(level.Outline, imported.Outline) ? level.Outline : imported.Outline,
            [.. imported.Zones.Select(z => new ZoneDraft(Target(z.Id), z.Code, z.Name, z.Color, Keep(zones.GetValueOrDefault(Target(z.Id))?.Polygon, z.Polygon)))],
            [.. imported.Spaces.Select(s => new SpaceDraft(Target(s.Id), Zone(s.ZoneId), s.Code, s.Number, s.Label, Keep(spaces.GetValueOrDefault(Target(s.Id))?.Polygon, s.Polygon), s.Kind, s.Reservable))],
            [.. imported.Landmarks.Select(l => new LandmarkDraft(Target(l.Id), l.Kind, l.Name, Keep(landmarks.GetValueOrDefault(Target(l.Id))?.Point, l.Point), l.MarkerCode))],
            [.. imported.WalkwayNodes.Select(n => new WalkwayNodeDraft(Target(n.Id), Keep(nodes.GetValueOrDefault(Target(n.Id))?.Point, n.Point), n.LandmarkId is { } m ? Target(m) : null))],
            [.. imported.WalkwayEdges.Select(e => new WalkwayEdgeDraft(Target(e.Id), Target(e.FromNodeId), Target(e.ToNodeId)))]);
    }

    /// <summary>The stored shape when the file's is the same within a millimetre (a WGS84 round trip is not a change).</summary>
    private static Polygon2 Keep(Polygon2? stored, Polygon2 imported) => stored is not null && Near(stored, imported) ? stored : imported;

    private static Point2 Keep(Point2? stored, Point2 imported) => stored is { } p && p.DistanceTo(imported) < Tolerance ? p : imported;

    private static bool Near(Polygon2 a, Polygon2 b) =>
        a.Points.Count == b.Points.Count && a.Points.Zip(b.Points).All(x => x.First.DistanceTo(x.Second) < Tolerance);

    private static ElementChanges Sum(List<LevelEditSummary> summaries, Func<LevelEditSummary, ElementChanges> pick) =>
        new(summaries.Sum(s => pick(s).Added), summaries.Sum(s => pick(s).Changed), summaries.Sum(s => pick(s).Removed));
}
