using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>Turns a stored record into its wire shape, with the route and landmarks of the lot's current version.</summary>
public sealed class ParkingRecordMapper(LotMapCache maps, PositionRefiner refiner, DetailedPositionMapper positions)
{
    public async Task<ParkingRecordDto> ToDtoAsync(ParkingRecord r, CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(r.LotId, cancellationToken);
        var space = map?.Space(r.SpaceId);
        return new ParkingRecordDto(
            r.Id.ToString(),
            r.LotId.ToString(),
            r.IsActive ? "active" : "ended",
            space is null ? null : positions.ToDto(refiner.Describe(map!, space, r.ResolvedBy)),
            r.SpaceCode,
            r.LevelName,
            r.ZoneCode,
            r.ParkedAtUtc.ToOffset(),
            r.EndedAtUtc is { } ended ? ended.ToOffset() : null,
            r.Plate,
            r.Note,
            r.ExpectedPickupAtUtc is { } pickup ? pickup.ToOffset() : null,
            r.ReservationId?.ToString(),
            RecordPhotosApi.UrlFor(r));
    }
}
