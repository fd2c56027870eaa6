namespace ParkShare.Core.Lots;

/// <summary>A vertical link (elevator, stairs, ramp) between walkway nodes on two levels.</summary>
public sealed class WalkwayConnector
{
    private WalkwayConnector()
    {
        Name = string.Empty;
    }

    internal WalkwayConnector(Guid lotId, ConnectorKind kind, string name, Guid fromNodeId, Guid toNodeId, double costMeters)
    {
        if (!(costMeters >= 0) || !double.IsFinite(costMeters))
        {
            throw new ArgumentOutOfRangeException(nameof(costMeters));
        }

        Id = Guid.CreateVersion7();
        LotId = lotId;
        Kind = kind;
        Name = name;
        FromNodeId = fromNodeId;
        ToNodeId = toNodeId;
        CostMeters = costMeters;
    }

    public Guid Id { get; private set; }

    public Guid LotId { get; private set; }

    public ConnectorKind Kind { get; private set; }

    /// <summary>What walkers call it: "Elevator 3", "Stairs 1".</summary>
    public string Name { get; private set; }

    public Guid FromNodeId { get; private set; }

    public Guid ToNodeId { get; private set; }

    /// <summary>Cost in walking-metre equivalents (waiting for and riding an elevator, climbing stairs).</summary>
    public double CostMeters { get; private set; }
}
