namespace ParkShare.Core.Refinement;

/// <summary>The code of a scanned marker QR on a pillar or a space.</summary>
public sealed record MarkerPosition(string Code) : BasicPosition;
