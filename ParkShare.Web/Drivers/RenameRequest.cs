namespace ParkShare.Web.Drivers;

/// <summary>PATCH /api/mp/me: the name friends and staff see (WeChat's nickname fill, or typed), 1 to 32 characters.</summary>
public sealed record RenameRequest(string? Nickname);
