namespace ParkShare.Core.WeChat;

/// <summary>
/// A mini-program subscribe message to a mini-program openid. Each accepted
/// wx.requestSubscribeMessage allows one send of that template (otherwise WeChat answers 43101).
/// Data values must respect the template's field types (thing ≤ 20 chars, car_number ≤ 8...).
/// </summary>
public sealed record SubscribeMessage(
    string ToOpenId,
    string TemplateId,
    string Page,
    IReadOnlyDictionary<string, string> Data,
    string MiniProgramState = "formal",
    string Lang = "zh_CN");
