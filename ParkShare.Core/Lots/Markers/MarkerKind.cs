namespace ParkShare.Core.Lots.Markers;

/// <summary>What a printed marker QR is stuck on.</summary>
public enum MarkerKind
{
    Space,
    Pillar,
}
