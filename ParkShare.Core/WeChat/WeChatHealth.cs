namespace ParkShare.Core.WeChat;

/// <summary>
/// What the live client has seen lately: token refreshes per AppId and the last failed calls,
/// for the console's WeChat page. In memory, per process; nothing secret is kept.
/// </summary>
public sealed class WeChatHealth(TimeProvider clock)
{
    public const int RecentCapacity = 50;
    private const int MaxMessageLength = 200;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WeChatTokenHealth> _tokens = new(StringComparer.Ordinal);
    private readonly LinkedList<WeChatApiError> _errors = new();

    public void TokenRefreshed(string appId, DateTime cachedUntilUtc)
    {
        lock (_gate)
        {
            var current = Token(appId);
            _tokens[appId] = current with
            {
                CachedUntilUtc = cachedUntilUtc,
                LastRefreshUtc = clock.GetUtcNow().UtcDateTime,
                Refreshes = current.Refreshes + 1,
            };
        }
    }

    public void TokenRefreshFailed(string appId, int errorCode)
    {
        lock (_gate)
        {
            var current = Token(appId);
            _tokens[appId] = current with
            {
                Failures = current.Failures + 1,
                LastFailureUtc = clock.GetUtcNow().UtcDateTime,
                LastFailureCode = errorCode,
            };
        }
    }

    public void TokenRejected(string appId)
    {
        lock (_gate)
        {
            _tokens[appId] = Token(appId) with { CachedUntilUtc = null };
        }
    }

    public void ApiFailed(string api, string appId, int errorCode, string message)
    {
        var text = message.Length > MaxMessageLength ? message[..MaxMessageLength] : message;
        lock (_gate)
        {
            _errors.AddFirst(new WeChatApiError(clock.GetUtcNow().UtcDateTime, api, appId, errorCode, text));
            while (_errors.Count > RecentCapacity)
            {
                _errors.RemoveLast();
            }
        }
    }

    public IReadOnlyList<WeChatTokenHealth> Tokens()
    {
        lock (_gate)
        {
            return [.. _tokens.Values.OrderBy(t => t.AppId, StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<WeChatApiError> RecentErrors(int count = RecentCapacity)
    {
        lock (_gate)
        {
            return [.. _errors.Take(count)];
        }
    }

    private WeChatTokenHealth Token(string appId) =>
        _tokens.TryGetValue(appId, out var health) ? health : new WeChatTokenHealth(appId, null, null, 0, 0, null, null);
}
