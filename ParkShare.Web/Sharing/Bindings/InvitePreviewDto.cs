namespace ParkShare.Web.Sharing.Bindings;

/// <summary>Who invites (their chosen name; null: they have not chosen one) and until when the invite is open.</summary>
public sealed record InvitePreviewDto(string? InviterName, DateTimeOffset ExpiresAt);
