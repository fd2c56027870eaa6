using System.Globalization;
using System.Runtime.CompilerServices;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Components.Editor;

/// <summary>
/// The SVG text of one space, computed once per <see cref="SpaceDraft"/> instance (drafts are immutable):
/// redrawing 2,000 unchanged spaces then compares the same strings instead of formatting numbers again.
/// </summary>
public sealed class SpaceShape
{
    private static readonly ConditionalWeakTable<SpaceDraft, SpaceShape> Shapes = [];

    private SpaceShape(SpaceDraft space)
    {
        var centre = space.Polygon.Centroid;
        Id = space.Id.ToString();
        Class = $"sp kind-{space.Kind.ToString().ToLowerInvariant()}";
        SelectedClass = Class + " sel";
        Path = SvgPath.Of(space.Polygon);
        LabelX = SvgPath.Number(centre.X);
        LabelY = SvgPath.Number(-centre.Y + 0.4);
        Label = space.Number?.ToString(CultureInfo.InvariantCulture) ?? space.Label;
    }

    public string Id { get; }

    public string Class { get; }

    public string SelectedClass { get; }

    public string Path { get; }

    public string LabelX { get; }

    public string LabelY { get; }

    public string Label { get; }

    public static SpaceShape Of(SpaceDraft space) => Shapes.GetValue(space, s => new SpaceShape(s));
}
