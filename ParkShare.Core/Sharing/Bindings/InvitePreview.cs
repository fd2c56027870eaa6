namespace ParkShare.Core.Sharing.Bindings;

/// <summary>Who invites (their nickname; null: unnamed) and until when, before the friend accepts; or why the invite cannot be used.</summary>
public sealed record InvitePreview(string? InviterName, DateTime ExpiresAtUtc, BindingError Error);
