namespace ParkShare.Core.Staff;

/// <summary>Where an invite or password-reset link stands; only a pending link opens anything.</summary>
public enum StaffLinkState
{
    Pending,
    Used,
    Revoked,
    Expired,
}
