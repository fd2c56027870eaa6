namespace ParkShare.Core.Lots;

/// <summary>How a walker changes level.</summary>
public enum ConnectorKind
{
    Elevator,
    Stairs,
    Ramp,
}
