namespace ParkShare.Core.Lots.Editing;

/// <summary>One connector as the console lists it, with the levels at its ends (lower first).</summary>
public sealed record ConnectorRow(Guid Id, ConnectorKind Kind, string Name, double CostMeters, string LowerLevel, string UpperLevel);
