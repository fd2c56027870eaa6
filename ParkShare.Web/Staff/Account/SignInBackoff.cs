using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Staff.Account;

/// <summary>
/// Who may try a console password now. Wrong passwords slow down only the client that typed them, for that account
/// (a doubling wait per account and client, forgotten after a success): an attacker cannot lock the owner out, as
/// Identity's lock after five failures would. On top, attempts per client address and per account per minute.
/// In memory per node; the windows are short, so a restart forgets little.
/// </summary>
public sealed class SignInBackoff
{
    private const int MaxTracked = 50_000;
    private readonly ConcurrentDictionary<(string Account, string Client), (int Failures, DateTimeOffset Until)> _pairs = new();
    private readonly FixedWindowCounts<string> _clients;
    private readonly FixedWindowCounts<string> _accounts;
    private readonly ConsoleSignInOptions _options;
    private readonly TimeProvider _clock;

    public SignInBackoff(IOptions<ConsoleSignInOptions> options, IOptions<ClusterOptions> cluster, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _clients = new(ClusterOptions.PerNode(_options.AttemptsPerClientPerMinute, cluster.Value.Nodes), TimeSpan.FromMinutes(1), clock);
        _accounts = new(ClusterOptions.PerNode(_options.AttemptsPerAccountPerMinute, cluster.Value.Nodes), TimeSpan.FromMinutes(1), clock);
    }

    /// <summary>Takes an attempt for <paramref name="account"/> from <paramref name="client"/>; the wait left when it may not try yet.</summary>
    public TimeSpan? TryAttempt(string account, string client)
    {
        var key = Key(account, client);
        if (_pairs.TryGetValue(key, out var pair) && pair.Until - _clock.GetUtcNow() is { Ticks: > 0 } wait)
        {
            return wait;
        }

        if (!_clients.TryTake(client))
        {
            return TimeSpan.FromMinutes(1);
        }

        return _accounts.TryTake(key.Account) ? null : TimeSpan.FromMinutes(1);
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

    private (int, DateTimeOffset) Next(int failures)
    {
        var over = failures - _options.FreeFailures;
        var delay = over < 0 ? TimeSpan.Zero
            : TimeSpan.FromTicks((long)Math.Min(_options.MaxDelay.Ticks, _options.FirstDelay.Ticks * Math.Pow(2, Math.Min(over, 30))));
        return (failures, _clock.GetUtcNow() + delay);
    }

    private static (string Account, string Client) Key(string account, string client) => (account.Trim().ToUpperInvariant(), client);
}
