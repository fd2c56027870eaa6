using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ParkShare.Core.Geometry;

namespace ParkShare.Web.Lots.Editing;

/// <summary>SVG text for lot-local geometry (y flipped: SVG's y grows southwards).</summary>
public static class SvgPath
{
    private static readonly ConditionalWeakTable<Polygon2, string> Paths = [];

    /// <summary>Path text per polygon, remembered while the polygon lives: unchanged shapes cost nothing to redraw.</summary>
    public static string Of(Polygon2 polygon) => Paths.GetValue(polygon, Build);

    public static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Build(Polygon2 polygon)
    {
        var sb = new StringBuilder("M");
        foreach (var p in polygon.Points)
        {
            sb.Append(Number(p.X)).Append(',').Append(Number(-p.Y)).Append(' ');
        }

        return sb.Append('Z').ToString();
    }
}
