using System.Globalization;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// The data of a push, shared by the subscribe and the template message (configure both templates
/// with these keys): thing1 what happened, thing2 the lot, thing3 level and space, time4 when,
/// car_number5 the plate (only when the driver recorded one). Values respect WeChat's limits
/// (thing ≤ 20 characters, car_number ≤ 8), cut on whole characters, never inside a surrogate pair.
/// </summary>
public static class PushTemplateData
{
    public const int MaxThing = 20;
    public const int MaxCarNumber = 8;

    public static IReadOnlyDictionary<string, string> Build(string title, string lotName, string? level, string spaceCode, DateTime atUtc, string timeZoneId, string? plate)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["thing1"] = Thing(title),
            ["thing2"] = Thing(lotName),
            ["thing3"] = Thing(string.IsNullOrWhiteSpace(level) || spaceCode.StartsWith(level, StringComparison.OrdinalIgnoreCase) ? spaceCode : $"{level} {spaceCode}"),
            ["time4"] = LotTime.Format(atUtc, LotTime.Zone(timeZoneId), "yyyy-MM-dd HH:mm"),
        };
        if (!string.IsNullOrWhiteSpace(plate))
        {
            data["car_number5"] = Cut(plate.Replace(" ", string.Empty, StringComparison.Ordinal), MaxCarNumber);
        }

        return data;
    }

    public static string Thing(string? value) => Cut(value?.Trim() ?? string.Empty, MaxThing);

    /// <summary>At most <paramref name="max"/> text elements; a cut value ends with "…" inside the limit.</summary>
    public static string Cut(string value, int max)
    {
        var info = new StringInfo(value);
        if (info.LengthInTextElements <= max)
        {
            return value;
        }

        return max <= 1 ? info.SubstringByTextElements(0, max) : info.SubstringByTextElements(0, max - 1) + "…";
    }
}
