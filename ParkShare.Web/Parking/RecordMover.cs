using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>
/// "Correct the position": refines a basic position within the active record's own lot and moves the
/// record there (ParkingService.MoveAsync tells each friend of the record). Shared by the API and /m/car.
/// </summary>
public sealed class RecordMover(ParkingService parking, LotMapCache maps, PositionRefiner refiner)
{
    public async Task<RecordMove> MoveAsync(Guid driverId, Guid recordId, BasicPosition position, CancellationToken cancellationToken)
    {
        var record = await parking.FindAsync(driverId, recordId, cancellationToken);
        if (record is null)
        {
            return new RecordMove(ParkingOutcome.Refused(ParkingError.NotFound));
        }

        if (!record.IsActive)
        {
            return new RecordMove(ParkingOutcome.Refused(ParkingError.AlreadyEnded));
        }

        var map = await maps.GetCurrentAsync(record.LotId, cancellationToken);
        if (map is null)
        {
            return new RecordMove(ParkingOutcome.Refused(ParkingError.NotFound));
        }

        var refined = refiner.Refine(map, position);
        if (refined.Status != RefinementStatus.Resolved)
        {
            return new RecordMove(ParkingOutcome.Refused(ParkingError.NotFound), refined);
        }

        return new RecordMove(await parking.MoveAsync(driverId, recordId, refined.Position!, cancellationToken));
    }
}
