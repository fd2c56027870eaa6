using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ParkShare.Web.Localization;

/// <summary>
/// MudBlazor's own texts (the numeric field's "Increment", the tabs' "Scroll tabs left", "Close" …) from our
/// string tables under "MudBlazor.&lt;key&gt;", in the request's language; a key we do not carry falls back to MudBlazor's English.
/// </summary>
public sealed class MudTexts(IStringLocalizer<MudTexts> text, ILoggerFactory logs) : ILocalizationInterceptor
{
    public const string Prefix = "MudBlazor.";

    private readonly DefaultLocalizationInterceptor _english = new(logs);

    public LocalizedString Handle(string key, params object[] arguments)
    {
        var found = text[Prefix + key, arguments];
        return found.ResourceNotFound ? _english.Handle(key, arguments) : new LocalizedString(key, found.Value);
    }
}
