namespace ParkShare.Core.Lots.Exchange;

public enum LotReplaceStatus
{
    /// <summary>Nothing was written: this is what a replace would do.</summary>
    Previewed,

    /// <summary>Refused: spaces that drivers depend on (a live reservation, a car still parked) would disappear.</summary>
    SpacesInUse,

    Replaced,
}
