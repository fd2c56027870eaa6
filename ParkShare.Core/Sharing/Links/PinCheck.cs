namespace ParkShare.Core.Sharing.Links;

public enum PinCheck
{
    Ok,
    Wrong,
    Locked,
    NotFound,
}
