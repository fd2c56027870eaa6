namespace ParkShare.Core.Occupancy;

/// <summary>
/// A batch's result: how many observations changed a space's sensor state and how many were not newer
/// than what was held; or, when any item is invalid, the errors and nothing written.
/// </summary>
public sealed record OccupancyOutcome(int Applied, int IgnoredAsOlder, IReadOnlyList<OccupancyItemError> Errors, bool KeyRevoked)
{
    public bool Succeeded => Errors.Count == 0 && !KeyRevoked;

    public static OccupancyOutcome Done(int applied, int ignored) => new(applied, ignored, [], false);

    public static OccupancyOutcome Invalid(IReadOnlyList<OccupancyItemError> errors) => new(0, 0, errors, false);

    public static OccupancyOutcome Revoked() => new(0, 0, [], true);
}
