using System.Collections.Concurrent;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Access tokens per AppId: cached until shortly before WeChat's expiry, one refresh in flight per
/// AppId (everyone else awaits it). After WeChat refuses a token (40001/42001) <see cref="RenewAsync"/>
/// gets one new token for all callers that saw the refusal; force_refresh (limited by WeChat to a few
/// a day) is used only when stable_token keeps handing out the refused token, and at most once per
/// <see cref="MinForceInterval"/>, so it can never run in a loop.
/// </summary>
public sealed class WeChatTokenCache(TimeProvider clock, WeChatHealth health)
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MinForceInterval = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    public Task<string> GetAsync(string appId, Func<bool, CancellationToken, Task<WeChatAccessToken>> fetch, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(appId, _ => new Slot());
        Task<WeChatAccessToken> pending;
        lock (slot.Gate)
        {
            if (FreshLocked(slot) is { } token)
            {
                return Task.FromResult(token);
            }

            pending = slot.Refresh ??= RefreshAsync(appId, slot, fetch, force: false);
        }

        return ValueAsync(pending, cancellationToken);
    }

    /// <summary>WeChat refused <paramref name="rejected"/>: a new token (one refresh however many callers saw the refusal).</summary>
    public async Task<string> RenewAsync(string appId, string rejected, Func<bool, CancellationToken, Task<WeChatAccessToken>> fetch, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(appId, _ => new Slot());
        Task<WeChatAccessToken> pending;
        lock (slot.Gate)
        {
            if (FreshLocked(slot) is { } current && current != rejected)
            {
                return current;
            }

            if (slot.Token?.Value == rejected)
            {
                slot.Token = null;
                health.TokenRejected(appId);
            }

            pending = slot.Refresh ??= RefreshAsync(appId, slot, fetch, force: false);
        }

        var renewed = await pending.WaitAsync(cancellationToken);
        if (renewed.Value != rejected)
        {
            return renewed.Value;
        }

        lock (slot.Gate)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (FreshLocked(slot) is { } current && current != rejected)
            {
                return current;
            }

            if (slot.Refresh is null)
            {
                if (slot.LastForcedUtc is { } last && now - last < MinForceInterval)
                {
                    return renewed.Value;
                }

                slot.LastForcedUtc = now;
                slot.Token = null;
            }

            pending = slot.Refresh ??= RefreshAsync(appId, slot, fetch, force: true);
        }

        return await ValueAsync(pending, cancellationToken);
    }

    private static async Task<string> ValueAsync(Task<WeChatAccessToken> pending, CancellationToken cancellationToken) =>
        (await pending.WaitAsync(cancellationToken)).Value;

    private string? FreshLocked(Slot slot) =>
        slot.Token is { } token && clock.GetUtcNow().UtcDateTime < slot.RefreshAtUtc ? token.Value : null;

    private async Task<WeChatAccessToken> RefreshAsync(string appId, Slot slot, Func<bool, CancellationToken, Task<WeChatAccessToken>> fetch, bool force)
    {
        // Never completes inside the caller's lock, so the caller stores the task before it is cleared.
        await Task.Yield();
        try
        {
            // Not the first caller's token: its cancellation must not fail everyone awaiting this refresh
            // (the HTTP pipeline's total timeout bounds it).
            var token = await fetch(force, CancellationToken.None);
            var now = clock.GetUtcNow().UtcDateTime;
            var lifetime = token.ExpiresAtUtc - now;
            var refreshAt = token.ExpiresAtUtc - (lifetime > 2 * RefreshMargin ? RefreshMargin : lifetime / 2);
            lock (slot.Gate)
            {
                slot.Token = token;
                slot.RefreshAtUtc = refreshAt;
                slot.Refresh = null;
            }

            health.TokenRefreshed(appId, refreshAt);
            return token;
        }
        catch (Exception e)
        {
            lock (slot.Gate)
            {
                slot.Refresh = null;
            }

            health.TokenRefreshFailed(appId, (e as WeChatException)?.ErrorCode ?? WeChatException.Transport);
            throw;
        }
    }

    private sealed class Slot
    {
        public Lock Gate { get; } = new();

        public WeChatAccessToken? Token { get; set; }

        public DateTime RefreshAtUtc { get; set; }

        public Task<WeChatAccessToken>? Refresh { get; set; }

        public DateTime? LastForcedUtc { get; set; }
    }
}
