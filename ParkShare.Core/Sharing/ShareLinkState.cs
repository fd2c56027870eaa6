namespace ParkShare.Core.Sharing;

public enum ShareLinkState
{
    Active,
    Expired,
    Revoked,
    UsedUp,
    PickedUp,
}
