namespace ParkShare.Web.Sharing.Links;

/// <summary>What the share page shows for a request.</summary>
public enum SharePageView
{
    NotFound,
    Gone,
    TooMany,
    Locked,
    Pin,
    Car,
}
