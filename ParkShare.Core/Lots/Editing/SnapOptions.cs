namespace ParkShare.Core.Lots.Editing;

/// <summary>Grid step and pull radius in metres; <see cref="Enabled"/> off returns points as given.</summary>
public sealed record SnapOptions(bool Enabled = true, double GridStep = 0.5, double Radius = 1.0)
{
    public static readonly SnapOptions Off = new(Enabled: false);
}
