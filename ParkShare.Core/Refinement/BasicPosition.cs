namespace ParkShare.Core.Refinement;

/// <summary>What the driver's phone knows about where the car is, before refinement.</summary>
public abstract record BasicPosition;
