namespace ParkShare.Core.Drivers;

/// <summary>What a successful sign-in returns: the token (shown once), its expiry and the driver.</summary>
public sealed record DriverSignIn(string Token, DateTime ExpiresAtUtc, Guid DriverId, bool PrivacyNoticeAccepted);
