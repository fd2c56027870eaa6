using ParkShare.Core.Lots.Editing;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>What replacing a lot's geometry with an imported file adds, changes and removes, per kind of element.</summary>
public sealed record LotReplaceSummary(
    ElementChanges Levels,
    ElementChanges Zones,
    ElementChanges Spaces,
    ElementChanges Landmarks,
    ElementChanges Nodes,
    ElementChanges Edges,
    ElementChanges Connectors)
{
    /// <summary>e.g. "levels +0 ~1 -0; spaces +12 ~3 -2; ...", the line the lot history records.</summary>
    public override string ToString() =>
        $"levels {Levels}; zones {Zones}; spaces {Spaces}; landmarks {Landmarks}; walkway nodes {Nodes}; walkway edges {Edges}; connectors {Connectors}";
}
