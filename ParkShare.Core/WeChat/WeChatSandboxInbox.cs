namespace ParkShare.Core.WeChat;

/// <summary>The messages the sandbox client "sent", newest first, bounded; the console shows them.</summary>
public sealed class WeChatSandboxInbox
{
    public const int Capacity = 500;
    private readonly LinkedList<SandboxMessage> _messages = new();
    private readonly Lock _gate = new();

    public void Add(SandboxMessage message)
    {
        lock (_gate)
        {
            _messages.AddFirst(message);
            while (_messages.Count > Capacity)
            {
                _messages.RemoveLast();
            }
        }
    }

    public IReadOnlyList<SandboxMessage> Recent(int count = 100)
    {
        lock (_gate)
        {
            return [.. _messages.Take(count)];
        }
    }
}
