namespace ParkShare.Reliability.Fuzz;

internal static class FuzzRun
{
    public static Task<int> RunAsync(Options options) => Task.FromResult(2);
}
