namespace ParkShare.Core.Lots;

/// <summary>The lot's own edits: its description, its levels' names and floors, removing levels and connectors.</summary>
public sealed partial class Lot
{
    public void Describe(string name, string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Address = address.Trim();
    }

    public bool HasLevelNamed(string name, Level? except = null) =>
        _levels.Any(l => l != except && string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool HasLevelAt(int ordinal, Level? except = null) => _levels.Any(l => l != except && l.Ordinal == ordinal);

    public void RenameLevel(Level level, string name)
    {
        if (HasLevelNamed(name, level))
        {
            throw new InvalidOperationException($"Level {name} already exists in this lot.");
        }

        level.Rename(name);
    }

    public void MoveLevel(Level level, int ordinal)
    {
        if (HasLevelAt(ordinal, level))
        {
            throw new InvalidOperationException($"Another level already has ordinal {ordinal}.");
        }

        level.MoveTo(ordinal);
    }

    /// <summary>The connectors that end at any of the given walkway nodes.</summary>
    public IReadOnlyList<WalkwayConnector> ConnectorsAt(IEnumerable<Guid> nodeIds)
    {
        var ids = nodeIds.ToHashSet();
        return [.. _connectors.Where(c => ids.Contains(c.FromNodeId) || ids.Contains(c.ToNodeId))];
    }

    /// <summary>
    /// Removes a level (its geometry goes with it) and, since a connector cannot dangle, every connector
    /// that ends on one of its walkway nodes; returns those connectors so the caller can say so.
    /// The level's walkway nodes must be loaded.
    /// </summary>
    public IReadOnlyList<WalkwayConnector> RemoveLevel(Level level)
    {
        if (!_levels.Remove(level))
        {
            throw new InvalidOperationException("The level is not part of this lot.");
        }

        var dropped = ConnectorsAt(level.WalkwayNodes.Select(n => n.Id));
        foreach (var connector in dropped)
        {
            _connectors.Remove(connector);
        }

        return dropped;
    }

    public WalkwayConnector? Disconnect(Guid connectorId)
    {
        var connector = _connectors.FirstOrDefault(c => c.Id == connectorId);
        if (connector is not null)
        {
            _connectors.Remove(connector);
        }

        return connector;
    }
}
