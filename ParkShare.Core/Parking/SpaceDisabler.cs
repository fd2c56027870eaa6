using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Parking;

/// <summary>
/// Staff take a space out of use: first what it affects (active reservations, a car parked there), then,
/// with a reason, the space is disabled and each of its active reservations cancelled in one transaction,
/// every driver told through a notice (which the push outbox delivers), as a staff cancellation is.
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

    /// <summary>Disables the space and cancels its active reservations with <paramref name="reason"/>; answers how many were cancelled, or null when the space is not in the lot.</summary>
    public async Task<int?> DisableAsync(Guid lotId, Guid spaceId, string reason, CancellationToken cancellationToken = default)
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

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(lotId);
        return cancelled;
    }
}
