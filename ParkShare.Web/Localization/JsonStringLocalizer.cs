using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace ParkShare.Web.Localization;

/// <summary>
/// One string table per language (Resources/strings.zh-CN.json, strings.en.json), embedded in the
/// assembly. zh-CN is the default; a key missing from a table falls back to zh-CN, then to the key.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    public const string DefaultCulture = "zh-CN";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Tables = new(Load);

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AllTables => Tables.Value;

    public LocalizedString this[string name] => Find(name, CultureInfo.CurrentUICulture);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Table(CultureInfo.CurrentUICulture).Select(kv => new LocalizedString(kv.Key, kv.Value));

    public static string LanguageOf(CultureInfo culture) =>
        culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;

    private static LocalizedString Find(string name, CultureInfo culture)
    {
        if (Table(culture).TryGetValue(name, out var value) || Tables.Value[DefaultCulture].TryGetValue(name, out value))
        {
            return new LocalizedString(name, value);
        }

        return new LocalizedString(name, name, resourceNotFound: true);
    }

    private static IReadOnlyDictionary<string, string> Table(CultureInfo culture) => Tables.Value[LanguageOf(culture)];

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        var assembly = typeof(JsonStringLocalizer).Assembly;
        var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var culture in SupportedCultures)
        {
            var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($"strings.{culture}.json", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(resource)!;
            tables[culture] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
        }

        return tables;
    }
}
