namespace ParkShare.Tests.Support;

/// <summary>
/// Polls for background work to show (a queue drained, a host up, a push sent) instead of sleeping a fixed time:
/// returns as soon as the condition holds, or false (or the last value) once the timeout has passed.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    public static Task<bool> TrueAsync(Func<bool> condition, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        TrueAsync(() => Task.FromResult(condition()), timeout, interval);

    /// <summary>The first value <paramref name="probe"/> returns that satisfies <paramref name="done"/>, or the last one it returned.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var value = await probe();
        await TrueAsync(async () => done(value = await probe()), timeout, interval);
        return value;
    }
}
