using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// A row as it would be added: its spaces' outlines, the zone it lands in, the existing spaces it would cover
/// (and which of its own places cover them), and what is wrong with its values. Made by <see cref="RowPlanner.Plan"/>.
/// </summary>
public sealed record RowPlan(
    RowSpec Row,
    IReadOnlyList<Polygon2> Footprint,
    ZoneDraft? Zone,
    IReadOnlyList<SpaceDraft> Overlapped,
    IReadOnlySet<int> OverlappingPlaces,
    IReadOnlyList<RowProblem> Problems)
{
    public bool Valid => Problems.Count == 0;

    public bool Overlaps => Overlapped.Count > 0;
}
