using MudBlazor;

namespace ParkShare.Web.Components.Layout;

/// <summary>
/// The console's one fixed theme. App.razor renders its CSS variables once into each console page's HTML (static
/// server rendering), so no circuit keeps a MudThemeProvider with its own copy of the ~12,000-character stylesheet.
/// </summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        // Every colour carries white text at 4.5:1 or more (WCAG 2.1 AA): MudBlazor's own orange, green, red and blue
        // do not (the reservations page's "有效" chip was 2.2:1, its red "取消预约" 3.7:1).
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b", Secondary = "#a84f0c", AppbarBackground = "#1f5f8b",
            Warning = "#b45309", Success = "#15803d", Error = "#c62828", Info = "#1565c0",
        },
        // Buttons read as written: MudBlazor's default upper-casing turned "导出 GeoJSON" into "导出 GEOJSON".
        Typography = new Typography { Button = new ButtonTypography { TextTransform = "none" } },
    };
}
