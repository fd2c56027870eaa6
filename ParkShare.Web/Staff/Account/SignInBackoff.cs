using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Staff.Account;

/// <summary>
/// Who may try a console password now. Wrong passwords slow down only the client that typed them, for that account
/// (a doubling wait per account and client, forgotten after a success): an attacker cannot lock the owner out, as
/// Identity's lock after five failures would. On top, attempts per client address and per account per minute.
/// In memory per node; the windows are short, so a restart forgets little.
/// </summary>
public sealed class SignInBackoff : IDisposable
{
    private const int MaxTracked = 50_000;
    private readonly ConcurrentDictionary<(string Account, string Client), (int Failures, DateTimeOffset Until)> _pairs = new();
    private readonly PartitionedRateLimiter<string> _clients;
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly ConsoleSignInOptions _options;
    private readonly TimeProvider _clock;

    public SignInBackoff(IOptions<ConsoleSignInOptions> options, IOptions<ClusterOptions> cluster, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _clients = Limiter(ClusterOptions.PerNode(_options.AttemptsPerClientPerMinute, cluster.Value.Nodes));
        _accounts = Limiter(ClusterOptions.PerNode(_options.AttemptsPerAccountPerMinute, cluster.Value.Nodes));
    }

    /// <summary>Takes an attempt for <paramref name="account"/> from <paramref name="client"/>; the wait left when it may not try yet.</summary>
    public TimeSpan? TryAttempt(string account, string client)
    {
        var key = Key(account, client);
        if (_pairs.TryGetValue(key, out var pair) && pair.Until - _clock.GetUtcNow() is { Ticks: > 0 } wait)
        {
            return wait;
        }

        using var perClient = _clients.AttemptAcquire(client);
        if (!perClient.IsAcquired)
        {
            return TimeSpan.FromMinutes(1);
        }

        using var perAccount = _accounts.AttemptAcquire(key.Account);
        return perAccount.IsAcquired ? null : TimeSpan.FromMinutes(1);
    }

    public void Failed(string account, string client)
    {
        if (_pairs.Count > MaxTracked)
        {
            var now = _clock.GetUtcNow();
            foreach (var stale in _pairs.Where(p => now - p.Value.Until > _options.MaxDelay).Select(p => p.Key).ToList())
            {
                _pairs.TryRemove(stale, out _);
            }
        }

        _pairs.AddOrUpdate(
            Key(account, client),
            _ => Next(1),
            (_, pair) => Next(pair.Failures + 1));
    }

    public void Succeeded(string account, string client) => _pairs.TryRemove(Key(account, client), out _);

    public void Dispose()
    {
        _clients.Dispose();
        _accounts.Dispose();
    }

    private (int, DateTimeOffset) Next(int failures)
    {
        var over = failures - _options.FreeFailures;
        var delay = over < 0 ? TimeSpan.Zero
            : TimeSpan.FromTicks((long)Math.Min(_options.MaxDelay.Ticks, _options.FirstDelay.Ticks * Math.Pow(2, Math.Min(over, 30))));
        return (failures, _clock.GetUtcNow() + delay);
    }

    private static (string Account, string Client) Key(string account, string client) => (account.Trim().ToUpperInvariant(), client);

    private static PartitionedRateLimiter<string> Limiter(int perMinute) => PartitionedRateLimiter.Create<string, string>(key => perMinute == 0
        ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
