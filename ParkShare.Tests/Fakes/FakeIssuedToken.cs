namespace ParkShare.Tests.Fakes;

/// <summary>One access token <see cref="FakeWeChatTokens"/> issued, and what has happened to it since.</summary>
internal sealed class FakeIssuedToken(string value, string appId, DateTime expiresAtUtc)
{
    public string Value { get; } = value;

    public string AppId { get; } = appId;

    public DateTime ExpiresAtUtc { get; } = expiresAtUtc;

    public bool Current { get; set; } = true;

    public bool Expired { get; set; }

    public bool Revoked { get; set; }
}
