using Microsoft.Extensions.Localization;

namespace ParkShare.Web.Localization;

/// <summary>"1 space", "3 spaces": a count with its noun from a <see cref="Plural"/> key pair, to put into a sentence.</summary>
public static class CountedText
{
    public static string Count(this IStringLocalizer text, string key, long count) => text[Plural.Key(key, count), count];
}
