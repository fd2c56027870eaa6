namespace ParkShare.Core.Refinement;

/// <summary>Resolved (one position), ambiguous (ranked candidates, never a guess) or failed (an error).</summary>
public sealed record RefinementResult(
    RefinementStatus Status,
    DetailedPosition? Position,
    IReadOnlyList<DetailedPosition> Candidates,
    RefinementError Error)
{
    public static RefinementResult Resolved(DetailedPosition position) => new(RefinementStatus.Resolved, position, [], RefinementError.None);

    public static RefinementResult Ambiguous(IReadOnlyList<DetailedPosition> candidates) =>
        new(RefinementStatus.Ambiguous, null, candidates, RefinementError.None);

    public static RefinementResult Failed(RefinementError error) => new(RefinementStatus.Failed, null, [], error);
}
