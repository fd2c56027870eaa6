namespace ParkShare.Web.Components.Pages.Share;

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
