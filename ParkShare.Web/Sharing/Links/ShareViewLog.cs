using System.Collections.Concurrent;
using System.Threading.Channels;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The access log off the request path: a view is queued in memory and written in batches by
/// <see cref="ShareViewLogWriter"/>. A link with a view limit has each view counted in the database
/// before it is allowed (<see cref="ShareViewEntry.Counted"/>); other links' views queued but not yet
/// written are <see cref="Pending"/>.
/// </summary>
public sealed class ShareViewLog
{
    private readonly Channel<ShareViewEntry> _queue = Channel.CreateUnbounded<ShareViewEntry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, int> _pending = new();

    public ChannelReader<ShareViewEntry> Reader => _queue.Reader;

    public int Pending(Guid linkId) => _pending.GetValueOrDefault(linkId);

    public void Add(ShareViewEntry view)
    {
        if (!view.Counted)
        {
            _pending.AddOrUpdate(view.ShareLinkId, 1, (_, n) => n + 1);
        }

        _queue.Writer.TryWrite(view);
    }

    /// <summary>Called once a batch is in the database, so the counts move from here to there.</summary>
    public void Written(IEnumerable<ShareViewEntry> batch)
    {
        foreach (var group in batch.Where(v => !v.Counted).GroupBy(v => v.ShareLinkId))
        {
            _pending.AddOrUpdate(group.Key, 0, (_, n) => Math.Max(0, n - group.Count()));
            _pending.TryRemove(new KeyValuePair<Guid, int>(group.Key, 0));
        }
    }

    public void Complete() => _queue.Writer.TryComplete();
}
