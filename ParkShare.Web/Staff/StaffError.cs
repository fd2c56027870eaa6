namespace ParkShare.Web.Staff;

/// <summary>Why a staff action was refused; each has a message in the string tables (Staff.Error.{name}).</summary>
public enum StaffError
{
    None,
    NotAllowed,
    NotFound,
    EmailInvalid,
    NameMissing,
    RoleInvalid,
    EmailTaken,
    AlreadyInvited,
    LinkExpired,
    LinkUsed,
    LinkRevoked,
    PasswordRejected,
    PasswordMismatch,
    LastAdmin,
    Self,
    Locked,
}
