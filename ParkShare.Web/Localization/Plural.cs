namespace ParkShare.Web.Localization;

/// <summary>
/// Counted strings live under two keys, "Key.one" and "Key.other" (CLDR's categories for zh and en),
/// so English never says "1 days"; the string-table test checks that every counted key has both.
/// </summary>
public static class Plural
{
    public static string Key(string key, long count) => count == 1 ? $"{key}.one" : $"{key}.other";
}
