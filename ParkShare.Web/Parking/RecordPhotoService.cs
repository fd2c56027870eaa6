using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Parking;

/// <summary>
/// Keeps a record's photo file and its row in step. The file is staged before the transaction and
/// renamed into place while the write lock is held, just before the commit: a refused or failed
/// update leaves no file behind, and of two uploads racing, the one committed last is on disk.
/// </summary>
public sealed class RecordPhotoService(IDbContextFactory<ParkShareDbContext> contexts, PhotoStore store, TimeProvider clock)
{
    public async Task<ParkingOutcome> AttachAsync(Guid driverId, Guid recordId, byte[] jpeg, CancellationToken cancellationToken = default)
    {
        string? staged;
        try
        {
            staged = await store.StageAsync(recordId, jpeg, cancellationToken);
        }
        catch (IOException e) when (DiskFull.Is(e))
        {
            // StageAsync removed its partial file: the record and the photo folder are as they were.
            return ParkingOutcome.Refused(ParkingError.StorageFull);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
            var record = await db.ParkingRecords.FirstOrDefaultAsync(r => r.Id == recordId && r.DriverId == driverId, cancellationToken);
            if (record is null)
            {
                return ParkingOutcome.Refused(ParkingError.NotFound);
            }

            var hadPhoto = record.HasPhoto;
            if (!record.AttachPhoto(clock.GetUtcNow().UtcDateTime))
            {
                return ParkingOutcome.Refused(ParkingError.AlreadyEnded);
            }

            await db.SaveChangesAsync(cancellationToken);
            store.Publish(staged, recordId);
            staged = null;
            try
            {
                // Past this point the file is in place: a client hanging up must not stop the commit.
                await transaction.CommitAsync(CancellationToken.None);
            }
            catch
            {
                if (!hadPhoto)
                {
                    store.Delete(recordId);
                }

                throw;
            }

            return ParkingOutcome.Ok(record);
        }
        finally
        {
            if (staged is not null)
            {
                store.Discard(staged);
            }
        }
    }

    /// <summary>
    /// Forgets the photo. The file goes under the write lock, before the commit, so no upload can
    /// land in between; should the commit fail, the row points at a missing photo (read as none)
    /// rather than a file staying behind that nothing points at.
    /// </summary>
    public async Task<ParkingOutcome> RemoveAsync(Guid driverId, Guid recordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var record = await db.ParkingRecords.FirstOrDefaultAsync(r => r.Id == recordId && r.DriverId == driverId, cancellationToken);
        if (record is null)
        {
            return ParkingOutcome.Refused(ParkingError.NotFound);
        }

        if (!record.RemovePhoto())
        {
            return ParkingOutcome.Refused(ParkingError.NoPhoto);
        }

        await db.SaveChangesAsync(cancellationToken);
        store.Delete(recordId);
        await transaction.CommitAsync(CancellationToken.None);
        return ParkingOutcome.Ok(record);
    }
}
