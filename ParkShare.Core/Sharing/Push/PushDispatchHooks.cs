namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// A seam for tests: <see cref="AfterAnswer"/> runs after WeChat accepted a message and before the
/// commit that marks it sent, the one window in which a crash re-sends a message.
/// </summary>
public sealed class PushDispatchHooks
{
    public Func<OutboxMessage, CancellationToken, Task>? AfterAnswer { get; set; }
}
