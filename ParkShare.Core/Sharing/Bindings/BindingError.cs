namespace ParkShare.Core.Sharing.Bindings;

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
