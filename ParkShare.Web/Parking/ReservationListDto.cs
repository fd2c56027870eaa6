namespace ParkShare.Web.Parking;

/// <summary>A page of the driver's reservations; nextCursor is null on the last page.</summary>
public sealed record ReservationListDto(IReadOnlyList<ReservationDto> Items, string? NextCursor = null);
