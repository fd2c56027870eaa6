namespace ParkShare.Web.Drivers;

/// <summary>The signed-in driver: the name they chose (null until set) and the reference they quote to lot staff.</summary>
public sealed record MeDto(string DriverId, DateTimeOffset CreatedAt, bool PrivacyNoticeAccepted, string? Nickname = null, string? Reference = null);
