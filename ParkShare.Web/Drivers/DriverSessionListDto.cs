namespace ParkShare.Web.Drivers;

/// <summary>GET /api/mp/sessions: the driver's working sessions, newest first.</summary>
public sealed record DriverSessionListDto(IReadOnlyList<DriverSessionDto> Items);
