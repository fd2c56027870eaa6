namespace ParkShare.Web.Drivers;

public sealed record MeDto(string DriverId, DateTimeOffset CreatedAt, bool PrivacyNoticeAccepted);
