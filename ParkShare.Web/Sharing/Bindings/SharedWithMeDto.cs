using ParkShare.Web.Parking;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>The active records of drivers who share with me, each with its detailed position.</summary>
public sealed record SharedWithMeDto(IReadOnlyList<ParkingRecordDto> Items);
