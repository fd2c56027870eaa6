namespace ParkShare.Core.Sharing.Links;

public enum ShareLinkState
{
    Active,
    Expired,
    Revoked,
    UsedUp,
    PickedUp,
}
