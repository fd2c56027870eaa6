namespace ParkShare.Web.Api;

public sealed record MeDto(string DriverId, DateTimeOffset CreatedAt, bool PrivacyNoticeAccepted);
