namespace ParkShare.Core.Refinement;

public enum RefinementStatus
{
    Resolved,
    Ambiguous,
    Failed,
}
