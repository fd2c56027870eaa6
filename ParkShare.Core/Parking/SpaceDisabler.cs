using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Parking;

/// <summary>
/// Staff take a space out of use: first what it affects (active reservations, a car parked there), then,
/// with a reason, the space is disabled and each of its active reservations cancelled in one transaction,
/// every driver told through a notice (which the push outbox delivers), as a staff cancellation is. A car
/// parked there keeps its record (it is physically there), but its driver is told the same way, with the reason.
/// </summary>
public sealed class SpaceDisabler(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, SpaceStateNotifier notifier)
{
    public async Task<SpaceImpact?> ImpactAsync(Guid lotId, Guid spaceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Spaces.AnyAsync(s => s.Id == spaceId && db.Levels.Any(l => l.Id == s.LevelId && l.LotId == lotId), cancellationToken))
        {
            return null;
        }

        var reservations = await db.Reservations.AsNoTracking()
            .Where(r => r.LotId == lotId && r.SpaceId == spaceId && r.State == ReservationState.Active)
            .OrderBy(r => r.StartsAtUtc).ToListAsync(cancellationToken);
        var cars = await db.ParkingRecords.AsNoTracking()
            .Where(r => r.LotId == lotId && r.SpaceId == spaceId && r.EndedAtUtc == null)
            .OrderBy(r => r.ParkedAtUtc).ToListAsync(cancellationToken);
        return new SpaceImpact(reservations, cars);
    }

    /// <summary>
    /// Disables the space, cancels its active reservations with <paramref name="reason"/> and tells the drivers
    /// of cars parked there; answers how many of each, or null when the space is not in the lot.
    /// </summary>
    public async Task<SpaceDisableOutcome?> DisableAsync(Guid lotId, Guid spaceId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var trimmed = reason.Trim();
        trimmed = trimmed.Length > LotOperations.MaxCancelReasonLength ? trimmed[..LotOperations.MaxCancelReasonLength] : trimmed;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Id == spaceId && db.Levels.Any(l => l.Id == s.LevelId && l.LotId == lotId), cancellationToken);
        if (space is null)
        {
            return null;
        }

        var level = await db.Levels.Where(l => l.Id == space.LevelId).Select(l => l.Name).FirstAsync(cancellationToken);
        space.Disable();
        var cancelled = 0;
        foreach (var reservation in await db.Reservations.Where(r => r.LotId == lotId && r.SpaceId == spaceId && r.State == ReservationState.Active).ToListAsync(cancellationToken))
        {
            if (reservation.Cancel(trimmed, now))
            {
                PushOutbox.AddNotice(db, DriverNotice.About(reservation, NoticeKind.ReservationCancelledByStaff, space.Code, level, now), now);
                cancelled++;
            }
        }

        var told = 0;
        foreach (var record in await db.ParkingRecords.Where(r => r.LotId == lotId && r.SpaceId == spaceId && r.EndedAtUtc == null).ToListAsync(cancellationToken))
        {
            // One such notice per record: a space disabled, enabled and disabled again under the same car has told its driver already.
            if (!await db.DriverNotices.AnyAsync(n => n.DriverId == record.DriverId && n.Kind == NoticeKind.SpaceDisabledWhileParked && n.SubjectId == record.Id, cancellationToken))
            {
                PushOutbox.AddNotice(db, DriverNotice.SpaceDisabled(record, trimmed, now), now);
                told++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(lotId);
        return new SpaceDisableOutcome(cancelled, told);
    }
}
