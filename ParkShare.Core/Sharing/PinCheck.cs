namespace ParkShare.Core.Sharing;

public enum PinCheck
{
    Ok,
    Wrong,
    Locked,
    NotFound,
}
