using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>What the level editor does to a stored level: elements keep their ids, so whatever points at them still does.</summary>
public sealed partial class Level
{
    public void Reshape(Polygon2 outline) => Outline = outline;

    public void MarkEdited() => EditVersion++;

    internal Zone PlaceZone(Guid id, string code, string name, string color, Polygon2 polygon)
    {
        var zone = new Zone(Id, code, name, color, polygon, id);
        _zones.Add(zone);
        return zone;
    }

    internal Space PlaceSpace(Guid id, Guid? zoneId, string code, int? number, Polygon2 polygon, SpaceKind kind, bool reservable)
    {
        var space = new Space(Id, zoneId, code, number, polygon, kind, reservable, id);
        _spaces.Add(space);
        return space;
    }

    internal Landmark PlaceLandmark(Guid id, LandmarkKind kind, string name, Point2 point, string? markerCode)
    {
        var landmark = new Landmark(Id, kind, name, point, markerCode, id);
        _landmarks.Add(landmark);
        return landmark;
    }

    internal WalkwayNode PlaceNode(Guid id, Point2 point, Guid? landmarkId)
    {
        var node = new WalkwayNode(Id, point, landmarkId, id);
        _walkwayNodes.Add(node);
        return node;
    }

    internal WalkwayEdge PlaceEdge(Guid id, Guid fromNodeId, Guid toNodeId)
    {
        if (fromNodeId == toNodeId)
        {
            throw new InvalidOperationException("A walkway edge joins two different nodes.");
        }

        var edge = new WalkwayEdge(Id, fromNodeId, toNodeId, id);
        _walkwayEdges.Add(edge);
        return edge;
    }

    public void RemoveZone(Zone zone)
    {
        _zones.Remove(zone);
        foreach (var space in _spaces.Where(s => s.ZoneId == zone.Id))
        {
            space.MoveToZone(null);
        }
    }

    public void RemoveSpace(Space space) => _spaces.Remove(space);

    public void RemoveLandmark(Landmark landmark)
    {
        _landmarks.Remove(landmark);
        foreach (var node in _walkwayNodes.Where(n => n.LandmarkId == landmark.Id))
        {
            node.AttachTo(null);
        }
    }

    /// <summary>Removes a walkway node and every edge that ends at it.</summary>
    public void RemoveNode(WalkwayNode node)
    {
        _walkwayNodes.Remove(node);
        _walkwayEdges.RemoveAll(e => e.FromNodeId == node.Id || e.ToNodeId == node.Id);
    }

    public void RemoveEdge(WalkwayEdge edge) => _walkwayEdges.Remove(edge);
}
