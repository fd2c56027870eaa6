using ParkShare.Core.WeChat;

namespace ParkShare.Core.Drivers;

/// <summary>
/// A person who parks or fetches a car: known by a mini-program openid, an official-account openid,
/// or both (linked by unionid when WeChat gives one, or when they scan our official-account QR from
/// the mini-program flow).
/// </summary>
public sealed class Driver
{
    private Driver()
    {
    }

    public Guid Id { get; private set; }

    public string? MiniProgramOpenId { get; private set; }

    public string? OfficialAccountOpenId { get; private set; }

    public string? UnionId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the driver acknowledged the privacy notice; null until then.</summary>
    public DateTime? PrivacyAcceptedAtUtc { get; private set; }

    /// <summary>Whether the driver follows the official account (template messages reach only followers).</summary>
    public bool FollowsOfficialAccount { get; private set; }

    /// <summary>When WeChat last told us the driver followed or unfollowed; null: never.</summary>
    public DateTime? OfficialAccountFollowChangedAtUtc { get; private set; }

    /// <summary>The name the driver chose for friends and staff to see (WeChat's nickname fill, or typed); null until set.</summary>
    public string? Nickname { get; private set; }

    /// <summary>Sets the chosen name; refused (the error) unless <see cref="PersonName"/> accepts it.</summary>
    public PersonNameError Rename(string? nickname)
    {
        var error = PersonName.Normalize(nickname, out var name);
        if (error == PersonNameError.None)
        {
            Nickname = name;
        }

        return error;
    }

    public static Driver Create(WeChatIdentity identity, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity.OpenId);
        var driver = new Driver { Id = Guid.CreateVersion7(), CreatedAtUtc = nowUtc };
        driver.Link(identity);
        return driver;
    }

    public string? OpenIdOn(WeChatChannel channel) =>
        channel == WeChatChannel.MiniProgram ? MiniProgramOpenId : OfficialAccountOpenId;

    /// <summary>
    /// Whether this identity can be added to the driver: its channel is free or already this openid,
    /// and the unionids do not contradict each other.
    /// </summary>
    public bool CanLink(WeChatIdentity identity)
    {
        var existing = OpenIdOn(identity.Channel);
        var channelFree = existing is null || existing == identity.OpenId;
        var unionAgrees = UnionId is null || string.IsNullOrWhiteSpace(identity.UnionId) || UnionId == identity.UnionId;
        return channelFree && unionAgrees;
    }

    /// <summary>Adds the channel's openid (and the unionid when given); refuses to overwrite another person's.</summary>
    public void Link(WeChatIdentity identity)
    {
        if (!CanLink(identity))
        {
            throw new InvalidOperationException("This WeChat identity belongs to another person.");
        }

        if (identity.Channel == WeChatChannel.MiniProgram)
        {
            MiniProgramOpenId = identity.OpenId;
        }
        else
        {
            OfficialAccountOpenId = identity.OpenId;
        }

        if (!string.IsNullOrWhiteSpace(identity.UnionId))
        {
            UnionId = identity.UnionId;
        }
    }

    public void AcceptPrivacyNotice(DateTime nowUtc) => PrivacyAcceptedAtUtc ??= nowUtc;

    /// <summary>A subscribe or unsubscribe event; one older than the last change seen is ignored (false).</summary>
    public bool RecordFollow(bool follows, DateTime atUtc)
    {
        if (OfficialAccountFollowChangedAtUtc is { } last && atUtc < last)
        {
            return false;
        }

        FollowsOfficialAccount = follows;
        OfficialAccountFollowChangedAtUtc = atUtc;
        return true;
    }
}
