using System.Globalization;
using ParkShare.Core.Lots.FloorPlans;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// Layout of the calibration picture: the image shown at most <see cref="PickSize"/> CSS pixels on its long side,
/// so a click's offset times Width/shown width is the image pixel, and the clicked points drawn over it.
/// </summary>
public static class FloorPlanPick
{
    /// <summary>The longest side of the calibration picture on screen, in CSS pixels.</summary>
    public const int PickSize = 480;

    public static (double Width, double Height) ShownSize(FloorPlanInfo plan) =>
        plan.Width >= plan.Height
            ? (PickSize, (double)PickSize * plan.Height / plan.Width)
            : ((double)PickSize * plan.Width / plan.Height, PickSize);

    public static (double Left, double Top) Shown(FloorPlanInfo plan, PixelPoint p)
    {
        var factor = ShownSize(plan).Width / plan.Width;
        return (p.U * factor, p.V * factor);
    }

    public static string PickBoxStyle(FloorPlanInfo plan) => Css($"position:relative; width:{ShownSize(plan).Width:0.##}px; height:{ShownSize(plan).Height:0.##}px; margin:4px 0; border:1px solid #ccc");

    public static string PickImageStyle(FloorPlanInfo plan) => Css($"display:block; width:{ShownSize(plan).Width:0.##}px; height:{ShownSize(plan).Height:0.##}px; cursor:crosshair; user-select:none");

    public static string PointStyle(double left, double top) =>
        Css($"position:absolute; left:{left - 9:0.##}px; top:{top - 9:0.##}px; width:18px; height:18px; border-radius:50%; background:#d32f2f; color:#fff; font-size:11px; text-align:center; line-height:18px; pointer-events:none");

    private static string Css(FormattableString style) => style.ToString(CultureInfo.InvariantCulture);
}
