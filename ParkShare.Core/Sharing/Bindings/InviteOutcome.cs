namespace ParkShare.Core.Sharing.Bindings;

/// <summary>A new invite with its code (shown once), or why there is none.</summary>
public sealed record InviteOutcome(BindingInvite? Invite, string? Code, BindingError Error)
{
    public static InviteOutcome Ok(BindingInvite invite, string code) => new(invite, code, BindingError.None);

    public static InviteOutcome Refused(BindingError error) => new(null, null, error);
}
