using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>POST /api/mp/bindings/accept: the invite code from the share card, the QR or the link.</summary>
public sealed record AcceptInviteRequest([property: Present("Validation.InviteRequired")] string? Invite);
