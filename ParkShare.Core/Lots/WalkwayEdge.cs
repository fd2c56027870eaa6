namespace ParkShare.Core.Lots;

/// <summary>A walkable straight segment between two nodes of one level.</summary>
public sealed class WalkwayEdge
{
    private WalkwayEdge()
    {
    }

    internal WalkwayEdge(Guid levelId, Guid fromNodeId, Guid toNodeId, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        LevelId = levelId;
        FromNodeId = fromNodeId;
        ToNodeId = toNodeId;
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public Guid FromNodeId { get; private set; }

    public Guid ToNodeId { get; private set; }
}
