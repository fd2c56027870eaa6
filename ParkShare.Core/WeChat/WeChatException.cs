namespace ParkShare.Core.WeChat;

/// <summary>A WeChat API answer with a non-zero errcode (or a transport failure). The message never carries secrets.</summary>
public sealed class WeChatException(int errorCode, string message) : Exception(message)
{
    public const int Busy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidOpenId = 40003;
    public const int InvalidAppId = 40013;
    public const int InvalidTemplateId = 40037;
    public const int InvalidCode = 40029;
    public const int InvalidAppSecret = 40125;
    public const int CodeAlreadyUsed = 40163;
    public const int IpNotWhitelisted = 40164;
    public const int InvalidScene = 40169;
    public const int HighRiskUser = 40226;
    public const int AccessTokenExpired = 42001;
    public const int InvalidPage = 41030;
    public const int NotFollowing = 43004;
    public const int SubscriptionRefused = 43101;
    public const int DailyLimitReached = 45009;
    public const int RateLimited = 45011;
    public const int BadTemplateData = 47003;

    /// <summary>No answer, a timeout, a 5xx or a body that is not WeChat's JSON (ours, never WeChat's).</summary>
    public const int Transport = -900;

    public int ErrorCode { get; } = errorCode;

    /// <summary>The user's own login code was refused (answer 401, not 500).</summary>
    public bool IsBadLoginCode => ErrorCode is InvalidCode or CodeAlreadyUsed or HighRiskUser;

    /// <summary>Worth trying again later (busy, rate limit, transport); the others will fail the same way.</summary>
    public bool IsTransient => ErrorCode is Busy or RateLimited or Transport;

    /// <summary>The access token was refused (invalid or expired): refresh it once and retry once.</summary>
    public bool IsTokenRejected => ErrorCode is InvalidCredential or AccessTokenExpired;
}
