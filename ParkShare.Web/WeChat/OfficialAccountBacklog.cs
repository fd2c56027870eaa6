using System.Threading.Channels;

namespace ParkShare.Web.WeChat;

/// <summary>
/// Work the callback must not wait for (database writes beyond a quick read): the callback answers
/// WeChat at once and <see cref="OfficialAccountWorker"/> does it. Bounded: a flood cannot grow memory.
/// </summary>
public sealed class OfficialAccountBacklog(ILogger<OfficialAccountBacklog> logger)
{
    public const int Capacity = 10_000;
    private readonly Channel<OfficialAccountFollowChange> _channel =
        Channel.CreateBounded<OfficialAccountFollowChange>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<OfficialAccountFollowChange> Reader => _channel.Reader;

    public void Enqueue(OfficialAccountFollowChange change)
    {
        if (!_channel.Writer.TryWrite(change))
        {
            logger.LogWarning("Official-account work queue full: a follow change was dropped");
        }
    }

    public void Complete() => _channel.Writer.TryComplete();
}
