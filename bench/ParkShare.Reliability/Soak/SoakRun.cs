namespace ParkShare.Reliability.Soak;

internal static class SoakRun
{
    public static Task<int> RunAsync(Options options) => Task.FromResult(2);
}
