namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// What makes a vertical connector valid: both ends are walkway nodes of this lot on two different
/// levels, the same two nodes are not joined twice, and the cost is a positive, plausible number of
/// walking-metre equivalents. An elevator serving several floors is a chain of connectors between
/// each pair of adjacent served levels (B3–B2, B2–B1), never one from the bottom to the top.
/// </summary>
public static class ConnectorRules
{
    public const double MaxCostMeters = 1000;
    public const int MaxNameLength = 100;

    /// <summary>Walking-metre equivalents per floor: waiting for and riding an elevator, a flight of stairs, a ramp.</summary>
    public static double DefaultCost(ConnectorKind kind) => kind switch
    {
        ConnectorKind.Elevator => 8,
        ConnectorKind.Stairs => 15,
        _ => 60,
    };

    public static LotEditError CheckCost(double costMeters) =>
        double.IsFinite(costMeters) && costMeters > 0 && costMeters <= MaxCostMeters ? LotEditError.None : LotEditError.CostOutOfRange;

    /// <summary>Whether <paramref name="from"/> and <paramref name="to"/> may be joined; the levels' walkway nodes must be loaded.</summary>
    public static LotEditError Check(Lot lot, WalkwayNode from, WalkwayNode to, double costMeters)
    {
        if (!IsNodeOf(lot, from) || !IsNodeOf(lot, to))
        {
            return LotEditError.ConnectorNodeMissing;
        }

        if (from.LevelId == to.LevelId)
        {
            return LotEditError.ConnectorSameLevel;
        }

        var cost = CheckCost(costMeters);
        if (cost != LotEditError.None)
        {
            return cost;
        }

        return lot.Connectors.Any(c => (c.FromNodeId == from.Id && c.ToNodeId == to.Id) || (c.FromNodeId == to.Id && c.ToNodeId == from.Id))
            ? LotEditError.ConnectorDuplicate
            : LotEditError.None;
    }

    /// <summary>
    /// The connectors a shaft serving the given nodes needs: one per pair of adjacent levels, bottom up.
    /// Refused whole when fewer than two ends, two ends on one level, or any pair breaks <see cref="Check"/>.
    /// </summary>
    public static (IReadOnlyList<(WalkwayNode Lower, WalkwayNode Upper)> Pairs, LotEditError Error) Chain(Lot lot, IReadOnlyList<WalkwayNode> ends, double costMeters)
    {
        if (ends.Count < 2)
        {
            return ([], LotEditError.ConnectorTooFewEnds);
        }

        if (ends.Select(n => n.LevelId).Distinct().Count() != ends.Count)
        {
            return ([], LotEditError.ConnectorSameLevel);
        }

        var ordinals = lot.Levels.ToDictionary(l => l.Id, l => l.Ordinal);
        if (ends.Any(n => !ordinals.ContainsKey(n.LevelId)))
        {
            return ([], LotEditError.ConnectorNodeMissing);
        }

        var sorted = ends.OrderBy(n => ordinals[n.LevelId]).ToList();
        var pairs = sorted.Zip(sorted.Skip(1)).ToList();
        foreach (var (lower, upper) in pairs)
        {
            var error = Check(lot, lower, upper, costMeters);
            if (error != LotEditError.None)
            {
                return ([], error);
            }
        }

        return (pairs, LotEditError.None);
    }

    private static bool IsNodeOf(Lot lot, WalkwayNode node) =>
        lot.Levels.FirstOrDefault(l => l.Id == node.LevelId)?.WalkwayNodes.Any(n => n.Id == node.Id) == true;
}
