namespace ParkShare.Web.Api;

public sealed record ParkingRecordListDto(IReadOnlyList<ParkingRecordDto> Items);
