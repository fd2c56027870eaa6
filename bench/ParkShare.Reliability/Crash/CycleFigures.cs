namespace ParkShare.Reliability.Crash;

/// <summary>
/// Per-cycle figures of a crash run: writes acknowledged between the restart and the kill, and how long
/// the restarted host took to acknowledge its first one. A starved run (kills landing on a host still
/// starting) shows as a minimum or median near zero.
/// </summary>
internal sealed class CycleFigures
{
    public List<int> Acked { get; } = [];

    public List<double> FirstAck { get; } = [];

    public string Describe()
    {
        if (Acked.Count == 0)
        {
            return "no cycle yet";
        }

        var zero = Acked.Count(a => a == 0);
        var first = FirstAck.Count == 0 ? "never" : $"{Median(FirstAck):F1} s median, {FirstAck.Max():F1} s max";
        return $"per cycle min {Acked.Min()}, median {Median(Acked.Select(a => (double)a).ToList()):F0}, max {Acked.Max()}; {zero} cycles without one; first write acknowledged after {first}";
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
