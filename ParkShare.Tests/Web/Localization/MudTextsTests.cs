using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Localization;

/// <summary>MudBlazor's own texts come from our string tables: zh-CN in Chinese, each key one MudBlazor has, with its placeholders.</summary>
public sealed partial class MudTextsTests
{
    private static MudTexts Create()
    {
        var services = new ServiceCollection().AddParkShareLocalization().BuildServiceProvider();
        return new MudTexts(services.GetRequiredService<IStringLocalizer<MudTexts>>(), NullLoggerFactory.Instance);
    }

    [Theory]
    [InlineData("zh-CN", "MudInput_Increment", "增加")]
    [InlineData("zh-CN", "MudTabs_ScrollLeft", "向左滚动标签")]
    [InlineData("en", "MudTabs_ScrollLeft", "Scroll tabs left")]
    public void Handle_CarriedKey_InTheRequestLanguage(string culture, string key, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, Create().Handle(key).Value);
    }

    [Fact]
    public void Handle_KeyWeDoNotCarry_MudBlazorsEnglish()
    {
        using var _ = new CultureScope("zh-CN");

        var text = Create().Handle("MudDataGrid_AddFilter");

        Assert.False(text.ResourceNotFound);
        Assert.Equal("Add filter", text.Value);
    }

    [Fact]
    public void Tables_EveryMudBlazorKey_ExistsInMudBlazorWithTheSamePlaceholders()
    {
        using var _ = new CultureScope("en");
        var english = new DefaultLocalizationInterceptor(NullLoggerFactory.Instance);
        var carried = JsonStringLocalizer.AllTables["zh-CN"].Where(kv => kv.Key.StartsWith(MudTexts.Prefix, StringComparison.Ordinal)).ToList();

        Assert.Contains(carried, kv => kv.Key == "MudBlazor.MudInput_Decrement");
        Assert.All(carried, kv =>
        {
            var original = english.Handle(kv.Key[MudTexts.Prefix.Length..]);
            Assert.False(original.ResourceNotFound, kv.Key);
            Assert.Equal(Placeholder().Count(original.Value), Placeholder().Count(kv.Value));
        });
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;

        public CultureScope(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _ui;
    }
}
