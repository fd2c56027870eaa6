namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>A point on a floor-plan image in pixels: u to the right, v down from the top-left corner.</summary>
public readonly record struct PixelPoint(double U, double V)
{
    public double DistanceTo(PixelPoint other)
    {
        var du = U - other.U;
        var dv = V - other.V;
        return Math.Sqrt(du * du + dv * dv);
    }

    public bool IsFinite => double.IsFinite(U) && double.IsFinite(V);
}
