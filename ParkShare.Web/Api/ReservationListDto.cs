namespace ParkShare.Web.Api;

public sealed record ReservationListDto(IReadOnlyList<ReservationDto> Items);
