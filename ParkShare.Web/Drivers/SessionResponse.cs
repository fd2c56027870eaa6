namespace ParkShare.Web.Drivers;

/// <summary>A bearer token for the mini-program; session_key never leaves the server.</summary>
public sealed record SessionResponse(string Token, DateTimeOffset ExpiresAt, string DriverId, bool PrivacyNoticeAccepted);
