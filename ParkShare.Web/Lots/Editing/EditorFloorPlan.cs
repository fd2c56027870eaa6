using System.Globalization;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Web.Lots.FloorPlans;

namespace ParkShare.Web.Lots.Editing;

/// <summary>The floor plan the editor draws under the grid and geometry: its address, pixel size, SVG transform and opacity.</summary>
public sealed record EditorFloorPlan(string Url, int Width, int Height, FloorPlanTransform Transform, double Opacity)
{
    public static EditorFloorPlan From(FloorPlanInfo plan) =>
        new(ConsoleFloorPlansApi.UrlFor(plan), plan.Width, plan.Height, plan.Transform, plan.Opacity);

    /// <summary>
    /// matrix(...) from image pixels to the editor's SVG space (y is -north). Full precision: a scale of
    /// 0.0125 m/px rounded to the editor's millimetres would stretch a 4000 px plan by metres.
    /// </summary>
    public string SvgTransform
    {
        get
        {
            var (a, b, c, d, e, f) = Transform.SvgMatrix();
            return string.Create(CultureInfo.InvariantCulture, $"matrix({a:R} {b:R} {c:R} {d:R} {e:R} {f:R})");
        }
    }

    public string OpacityText => Opacity.ToString("0.###", CultureInfo.InvariantCulture);
}
