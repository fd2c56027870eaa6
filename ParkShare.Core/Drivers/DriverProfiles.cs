using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Drivers;

/// <summary>The name a driver chose for friends and staff, and how staff recognise a driver in their own lot.</summary>
public sealed class DriverProfiles(IDbContextFactory<ParkShareDbContext> contexts)
{
    /// <summary>Sets the driver's nickname; null when the driver is gone, else the refusal (None: saved).</summary>
    public async Task<PersonNameError?> RenameAsync(Guid driverId, string? nickname, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var driver = await db.Drivers.FirstOrDefaultAsync(d => d.Id == driverId, cancellationToken);
        if (driver is null)
        {
            return null;
        }

        var error = driver.Rename(nickname);
        if (error == PersonNameError.None)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return error;
    }

    /// <summary>
    /// Staff labels for drivers seen in one lot: nickname, contact reference and the plate of their
    /// latest record in that lot only (a plate used elsewhere never shows to this lot's staff).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, StaffDriverLabel>> ForLotAsync(Guid lotId, IEnumerable<Guid> driverIds, CancellationToken cancellationToken = default)
    {
        var ids = driverIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, StaffDriverLabel>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await db.Drivers.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Nickname }).ToListAsync(cancellationToken);
        var plates = await db.ParkingRecords.AsNoTracking()
            .Where(r => r.LotId == lotId && ids.Contains(r.DriverId) && r.Plate != null)
            .Select(r => new { r.DriverId, r.Plate, r.ParkedAtUtc })
            .ToListAsync(cancellationToken);
        var latest = plates.GroupBy(p => p.DriverId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.ParkedAtUtc)!.Plate);
        var nicknames = names.ToDictionary(n => n.Id, n => n.Nickname);
        return ids.ToDictionary(
            id => id,
            id => new StaffDriverLabel(nicknames.GetValueOrDefault(id), DriverReference.For(id), latest.GetValueOrDefault(id)));
    }
}
