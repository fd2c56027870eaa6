namespace ParkShare.Core.WeChat;

/// <summary>A WeChat API answer with a non-zero errcode. The message never carries secrets.</summary>
public sealed class WeChatException(int errorCode, string message) : Exception(message)
{
    public const int InvalidCode = 40029;
    public const int CodeAlreadyUsed = 40163;
    public const int Busy = -1;
    public const int RateLimited = 45011;
    public const int HighRiskUser = 40226;

    public int ErrorCode { get; } = errorCode;

    /// <summary>The user's own login code was refused (answer 401, not 500).</summary>
    public bool IsBadLoginCode => ErrorCode is InvalidCode or CodeAlreadyUsed or HighRiskUser;
}
