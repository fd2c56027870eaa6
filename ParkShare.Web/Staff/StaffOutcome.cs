namespace ParkShare.Web.Staff;

/// <summary>
/// The answer of a staff action: an error, or success with the one-time link's token when one was
/// issued (shown once, never stored) and the account acted on.
/// </summary>
public sealed record StaffOutcome(StaffError Error, string? Token = null, string? UserId = null, IReadOnlyList<string>? PasswordErrors = null)
{
    public static readonly StaffOutcome Ok = new(StaffError.None);

    public bool Succeeded => Error == StaffError.None;

    public static StaffOutcome Refused(StaffError error) => new(error);

    public static StaffOutcome PasswordRefused(IEnumerable<string> codes) => new(StaffError.PasswordRejected, PasswordErrors: [.. codes]);
}
