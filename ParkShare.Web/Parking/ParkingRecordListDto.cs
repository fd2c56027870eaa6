namespace ParkShare.Web.Parking;

/// <summary>A page of the driver's parking history; nextCursor is null on the last page.</summary>
public sealed record ParkingRecordListDto(IReadOnlyList<ParkingRecordDto> Items, string? NextCursor = null);
