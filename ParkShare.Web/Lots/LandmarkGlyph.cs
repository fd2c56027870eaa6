using ParkShare.Core.Lots;

namespace ParkShare.Web.Lots;

/// <summary>The one-character mark a landmark gets on every level map (console and phone alike).</summary>
public static class LandmarkGlyph
{
    public static string For(LandmarkKind kind) => kind switch
    {
        LandmarkKind.Elevator => "E",
        LandmarkKind.Stairs => "S",
        LandmarkKind.Entrance => "↓",
        LandmarkKind.Exit => "↑",
        LandmarkKind.Ramp => "R",
        LandmarkKind.PayStation => "¥",
        _ => string.Empty,
    };
}
