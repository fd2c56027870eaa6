namespace ParkShare.Core.Drivers;

/// <summary>A person who parks: known by their mini-program openid (and unionid when WeChat gives one).</summary>
public sealed class Driver
{
    private Driver()
    {
        OpenId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string OpenId { get; private set; }

    public string? UnionId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the driver acknowledged the privacy notice; null until then.</summary>
    public DateTime? PrivacyAcceptedAtUtc { get; private set; }

    public static Driver Create(string openId, string? unionId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        return new Driver { Id = Guid.CreateVersion7(), OpenId = openId, UnionId = unionId, CreatedAtUtc = nowUtc };
    }

    public void LinkUnionId(string? unionId)
    {
        if (!string.IsNullOrWhiteSpace(unionId))
        {
            UnionId = unionId;
        }
    }

    public void AcceptPrivacyNotice(DateTime nowUtc) => PrivacyAcceptedAtUtc ??= nowUtc;
}
