using ParkShare.Core.Data;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// Replaces a tracked lot's levels and connectors with an imported document's. Elements the file shares
/// with the lot keep their ids (matched by id, then levels by name and zones and spaces by code), so
/// reservations and records keep pointing at their spaces; each level goes through the editor's
/// <see cref="LevelDraftApplier"/>. The caller saves, commits or rolls back.
/// </summary>
internal sealed partial class LotReplacer
{
    private readonly ParkShareDbContext _db;
    private readonly Lot _lot;
    private readonly LotGeoJsonDocument _document;
    private readonly List<(Level Imported, Level? Current)> _pairs = [];
    private readonly Dictionary<Guid, Guid> _targets = [];

    public LotReplacer(ParkShareDbContext db, Lot lot, LotGeoJsonDocument document)
    {
        _db = db;
        _lot = lot;
        _document = document;
        var taken = new HashSet<Guid>();
        foreach (var imported in document.Lot.Levels.OrderBy(l => l.Ordinal))
        {
            var current = lot.Levels.FirstOrDefault(l => l.Id == document.FileIdOf(imported.Id) && !taken.Contains(l.Id))
                ?? lot.Levels.FirstOrDefault(l => !taken.Contains(l.Id) && string.Equals(l.Name, imported.Name, StringComparison.OrdinalIgnoreCase));
            if (current is not null)
            {
                taken.Add(current.Id);
            }

            _pairs.Add((imported, current));
            MapLevel(imported, current);
        }
    }

    /// <summary>The lot's spaces that the file does not keep.</summary>
    public IReadOnlyList<Guid> RemovedSpaceIds
    {
        get
        {
            var kept = _targets.Values.ToHashSet();
            return [.. _lot.Levels.SelectMany(l => l.Spaces).Select(s => s.Id).Where(id => !kept.Contains(id))];
        }
    }

    private Guid Target(Guid importedId) => _targets[importedId];

    private void MapLevel(Level imported, Level? current)
    {
        Map(imported.Zones, current?.Zones ?? [], z => z.Id, (a, b) => string.Equals(a.Code, b.Code, StringComparison.OrdinalIgnoreCase));
        Map(imported.Spaces, current?.Spaces ?? [], s => s.Id, (a, b) => string.Equals(a.Code, b.Code, StringComparison.OrdinalIgnoreCase));
        // A file made from another lot (a copy, another installation) shares no ids: landmarks and walkway nodes
        // that are the same thing on the same spot keep theirs, so a preview does not list them all as replaced.
        Map(imported.Landmarks, current?.Landmarks ?? [], l => l.Id,
            (a, b) => a.Kind == b.Kind && a.Name == b.Name && a.MarkerCode == b.MarkerCode && a.Point.DistanceTo(b.Point) < Tolerance);
        Map(imported.WalkwayNodes, current?.WalkwayNodes ?? [], n => n.Id,
            (a, b) => a.Point.DistanceTo(b.Point) < Tolerance && (a.LandmarkId is { } m ? Target(m) == b.LandmarkId : b.LandmarkId is null));
        Map(imported.WalkwayEdges, current?.WalkwayEdges ?? [], e => e.Id,
            (a, b) => Target(a.FromNodeId) == b.FromNodeId && Target(a.ToNodeId) == b.ToNodeId);
    }

    private void Map<T>(IEnumerable<T> imported, IEnumerable<T> current, Func<T, Guid> idOf, Func<T, T, bool> sameKey)
    {
        var free = current.ToList();
        foreach (var element in imported)
        {
            var fileId = _document.FileIdOf(idOf(element));
            var match = free.FirstOrDefault(c => idOf(c) == fileId) ?? free.FirstOrDefault(c => sameKey(element, c));
            if (match is not null)
            {
                free.Remove(match);
            }

            _targets[idOf(element)] = match is null ? Guid.CreateVersion7() : idOf(match);
        }
    }
}
