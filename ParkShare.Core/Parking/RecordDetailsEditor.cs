using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Parking;

/// <summary>
/// Edits a record's plate, note and expected pickup (PATCH /api/mp/records/{id}). A plate stays
/// unique among parked cars, checked inside BEGIN IMMEDIATE as when parking.
/// </summary>
public sealed class RecordDetailsEditor(IDbContextFactory<ParkShareDbContext> contexts)
{
    /// <summary>Applies <paramref name="edit"/> to the record's current details; fields the edit leaves null stay as they are.</summary>
    public async Task<ParkingOutcome> EditAsync(Guid driverId, Guid recordId, Func<ParkingDetails, ParkingDetails> edit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var record = await db.ParkingRecords.FirstOrDefaultAsync(r => r.Id == recordId && r.DriverId == driverId, cancellationToken);
        if (record is null)
        {
            return ParkingOutcome.Refused(ParkingError.NotFound);
        }

        var details = edit(new ParkingDetails(record.Plate, record.Note, record.ExpectedPickupAtUtc));
        // A plate is never checked against other drivers' records (it would tell anyone where a plate is parked).
        if (!record.EditDetails(details.Plate, details.Note, details.ExpectedPickupAtUtc))
        {
            return ParkingOutcome.Refused(ParkingError.AlreadyEnded);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ParkingOutcome.Ok(record);
    }
}
