namespace ParkShare.Core.Lots;

/// <summary>The walkway nodes of a generated level that vertical connectors attach to.</summary>
internal sealed record LevelNodes(
    IReadOnlyList<(string Name, WalkwayNode Node)> Elevators,
    IReadOnlyList<(string Name, WalkwayNode Node)> Stairs,
    (string Name, WalkwayNode Node) Ramp);
