namespace ParkShare.Core.WeChat;

/// <summary>The WeChat app a person reached us through; each gives them a different openid.</summary>
public enum WeChatChannel
{
    MiniProgram,
    OfficialAccount,
}
