using System.Security.Cryptography;

namespace ParkShare.Tests.Fakes;

/// <summary>Access tokens as WeChat keeps them: one current token per AppId, refused once expired (42001) or revoked (40001).</summary>
public sealed class FakeWeChatTokens
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeIssuedToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>expires_in of the access tokens stable_token issues.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Every access token issued so far.</summary>
    public IReadOnlyList<string> Issued
    {
        get
        {
            lock (_gate)
            {
                return [.. _tokens.Keys];
            }
        }
    }

    public void ExpireAll()
    {
        lock (_gate)
        {
            foreach (var token in _tokens.Values)
            {
                token.Expired = true;
            }
        }
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            foreach (var token in _tokens.Values)
            {
                token.Revoked = true;
            }
        }
    }

    /// <summary>The current token of the app while it lives (unless <paramref name="forceRefresh"/>), else a new one.</summary>
    public (string Token, int ExpiresIn) Issue(string appId, bool forceRefresh)
    {
        lock (_gate)
        {
            var now = DateTime.UtcNow;
            var current = _tokens.Values.LastOrDefault(t => t.AppId == appId && t.Current);
            if (current is not null && !forceRefresh && !current.Expired && current.ExpiresAtUtc > now)
            {
                return (current.Value, (int)(current.ExpiresAtUtc - now).TotalSeconds);
            }

            if (current is not null)
            {
                current.Current = false;
                current.Revoked = true;
            }

            var value = $"ACCESS_TOKEN.{appId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
            _tokens[value] = new FakeIssuedToken(value, appId, now + Lifetime);
            return (value, (int)Lifetime.TotalSeconds);
        }
    }

    /// <summary>0 when <paramref name="token"/> is a live token of <paramref name="appId"/>, else WeChat's errcode.</summary>
    public int Check(string? token, string appId)
    {
        lock (_gate)
        {
            if (token is null || !_tokens.TryGetValue(token, out var issued) || issued.AppId != appId || issued.Revoked)
            {
                return 40001;
            }

            return issued.Expired || issued.ExpiresAtUtc <= DateTime.UtcNow ? 42001 : 0;
        }
    }
}
