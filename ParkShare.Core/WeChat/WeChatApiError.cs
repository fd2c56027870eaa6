namespace ParkShare.Core.WeChat;

/// <summary>One failed WeChat call as the console shows it: which API, WeChat's errcode and errmsg (never a secret or token).</summary>
public sealed record WeChatApiError(DateTime AtUtc, string Api, string AppId, int ErrorCode, string Message);
