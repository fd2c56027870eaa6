using Microsoft.Extensions.Localization;

namespace ParkShare.Web.Localization;

/// <summary>Every component and endpoint shares the one string table.</summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private static readonly JsonStringLocalizer Localizer = new();

    public IStringLocalizer Create(Type resourceSource) => Localizer;

    public IStringLocalizer Create(string baseName, string location) => Localizer;
}
