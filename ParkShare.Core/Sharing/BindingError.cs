namespace ParkShare.Core.Sharing;

public enum BindingError
{
    None,
    InviteNotFound,
    InviteExpired,
    InviteUsed,
    OwnInvite,
    TooManyInvites,
    TooManyFriends,
    NotFound,
}
