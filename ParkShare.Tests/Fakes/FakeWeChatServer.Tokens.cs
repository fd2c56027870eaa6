using System.Security.Cryptography;

namespace ParkShare.Tests.Fakes;

/// <summary>Access tokens as WeChat keeps them: one current token per AppId, refused once expired (42001) or revoked (40001).</summary>
public sealed partial class FakeWeChatServer
{
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>Every access token issued so far (for "no secret in the logs" assertions).</summary>
    public IReadOnlyList<string> IssuedTokens
    {
        get
        {
            lock (_gate)
            {
                return [.. _tokens.Keys];
            }
        }
    }

    /// <summary>Every token issued so far now answers 42001; stable_token issues new ones.</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            foreach (var token in _tokens.Values)
            {
                token.Expired = true;
            }
        }
    }

    /// <summary>
    /// Every token issued so far now answers 40001, yet stable_token without force_refresh keeps handing
    /// out the current one (as WeChat does when a token was reset elsewhere); force_refresh issues a new one.
    /// </summary>
    public void RevokeTokens()
    {
        lock (_gate)
        {
            foreach (var token in _tokens.Values)
            {
                token.Revoked = true;
            }
        }
    }

    private (string Token, int ExpiresIn) IssueToken(string appId, bool forceRefresh)
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
            _tokens[value] = new IssuedToken(value, appId, now + TokenLifetime);
            return (value, (int)TokenLifetime.TotalSeconds);
        }
    }

    /// <summary>0 when <paramref name="token"/> is a live token of <paramref name="appId"/>, else WeChat's errcode.</summary>
    private int CheckToken(string? token, string appId)
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

    private sealed class IssuedToken(string value, string appId, DateTime expiresAtUtc)
    {
        public string Value { get; } = value;

        public string AppId { get; } = appId;

        public DateTime ExpiresAtUtc { get; } = expiresAtUtc;

        public bool Current { get; set; } = true;

        public bool Expired { get; set; }

        public bool Revoked { get; set; }
    }
}
