namespace ParkShare.Tests.Fakes;

/// <summary>What <see cref="FakeWeChatServer.FailNext"/> makes an endpoint answer instead of its normal answer.</summary>
public enum WeChatFault
{
    /// <summary>errcode 42001 (access_token expired).</summary>
    ExpiredToken,

    /// <summary>errcode 40001 (invalid credential / access_token).</summary>
    InvalidToken,

    /// <summary>errcode -1 (system busy).</summary>
    Busy,

    /// <summary>errcode 45011 (API minute-quota reached).</summary>
    RateLimited,

    /// <summary>errcode 43101 (user refused / no subscription left).</summary>
    SubscriptionRefused,

    /// <summary>errcode 43004 (not a follower of the official account).</summary>
    NotFollowing,

    /// <summary>HTTP 502 with an HTML body.</summary>
    ServerError,

    /// <summary>The normal answer after <see cref="FakeWeChatServer.SlowDelay"/>.</summary>
    Slow,

    /// <summary>HTTP 200 application/json that is not JSON.</summary>
    MalformedJson,

    /// <summary>The connection closed without an answer, before the request was acted on (nothing accepted).</summary>
    DropConnection,

    /// <summary>A JSON error (errcode 45009) labelled Content-Type image/jpeg, as getwxacodeunlimit sometimes does.</summary>
    ErrorAsImage,
}
