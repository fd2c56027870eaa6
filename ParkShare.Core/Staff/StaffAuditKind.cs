namespace ParkShare.Core.Staff;

/// <summary>What a staff log entry records; stored by name, so new kinds may be appended anywhere.</summary>
public enum StaffAuditKind
{
    InviteCreated,
    InviteReissued,
    InviteRevoked,
    InviteAccepted,
    OperatorCreated,
    LotAssigned,
    LotUnassigned,
    PasswordResetIssued,
    PasswordResetUsed,
    Locked,
    Unlocked,
    RoleChanged,
}
