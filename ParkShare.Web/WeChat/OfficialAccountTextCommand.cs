namespace ParkShare.Web.WeChat;

/// <summary>
/// What a follower's text asks for, and in which language to answer: Chinese text gets zh-CN,
/// anything else en. Case, spaces and punctuation do not matter ("Where is my car?", "我的车 ").
/// </summary>
public sealed record OfficialAccountTextCommand(bool AsksForCar, string Culture)
{
    public const string MenuMyCar = "MY_CAR";

    private static readonly HashSet<string> CarPhrases = new(StringComparer.Ordinal)
    {
        "我的车", "车在哪", "车在哪里", "车在哪儿", "我的车在哪", "我的车在哪里", "我的车在哪儿",
        "whereismycar", "wheresmycar", "mycar",
    };

    public static OfficialAccountTextCommand Parse(string? content)
    {
        var text = content ?? string.Empty;
        var culture = text.Any(IsCjk) ? "zh-CN" : "en";
        var normalized = new string([.. text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))]).ToLowerInvariant();
        return new OfficialAccountTextCommand(CarPhrases.Contains(normalized), culture);
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
