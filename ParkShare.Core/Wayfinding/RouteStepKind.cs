namespace ParkShare.Core.Wayfinding;

public enum RouteStepKind
{
    /// <summary>Start at a landmark (entrance, elevator).</summary>
    Start,

    /// <summary>Walk a straight run, turning first when Turn says so.</summary>
    Walk,

    /// <summary>Take an elevator, stairs or ramp to another level.</summary>
    Take,

    /// <summary>The space is reached; Turn says on which side it lies.</summary>
    Arrive,
}
