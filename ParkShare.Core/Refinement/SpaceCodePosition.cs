namespace ParkShare.Core.Refinement;

/// <summary>A typed space code in any of the forms <see cref="SpaceCodeParser"/> reads.</summary>
public sealed record SpaceCodePosition(string Code) : BasicPosition;
