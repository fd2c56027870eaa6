namespace ParkShare.Web.Staff.Account;

/// <summary>What a console sign-in came to; <see cref="RetryAfter"/> when the client has to wait.</summary>
public sealed record StaffSignInResult(bool Succeeded, bool LockedByAdmin, TimeSpan? RetryAfter)
{
    public static readonly StaffSignInResult Ok = new(true, false, null);
    public static readonly StaffSignInResult Failed = new(false, false, null);
    public static readonly StaffSignInResult Locked = new(false, true, null);

    public static StaffSignInResult Wait(TimeSpan retryAfter) => new(false, false, retryAfter);
}
