namespace ParkShare.Core.Lots;

/// <summary>Why control points could not be turned into a georeference; the console names each in the page language.</summary>
public enum GeoreferenceFitError
{
    None,
    TooFewPoints,
    TooManyPoints,

    /// <summary>A latitude/longitude or a local coordinate is missing, not finite or out of range.</summary>
    PointOutOfRange,

    /// <summary>Two control points have (almost) the same latitude and longitude.</summary>
    SameSpot,

    /// <summary>Two control points have (almost) the same lot-local position.</summary>
    LocalPointsCoincide,

    /// <summary>The control points lie further apart than one garage could be.</summary>
    PointsTooFarApart,

    /// <summary>The fitted scale is not plausible: the local and earth distances disagree by far too much.</summary>
    ScaleOutOfRange,
}
