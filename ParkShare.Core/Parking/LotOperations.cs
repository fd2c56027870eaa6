using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Parking;

/// <summary>What lot staff do day to day: list and cancel reservations, disable spaces, set the rules.</summary>
public sealed class LotOperations(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, SpaceStateNotifier notifier)
{
    public const int MaxCancelReasonLength = 200;

    /// <summary>A page of a lot's reservations in start order (then id), from just after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<Reservation>> ReservationsAsync(Guid lotId, ReservationFilter filter, PageKey? after, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Reservations.AsNoTracking().Where(r => r.LotId == lotId);
        if (filter.State is { } s)
        {
            query = query.Where(r => r.State == s);
        }

        if (filter.LevelId is { } level)
        {
            query = query.Where(r => db.Spaces.Any(sp => sp.Id == r.SpaceId && sp.LevelId == level));
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(r => r.EndsAtUtc > from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(r => r.StartsAtUtc < to);
        }

        if (filter.SpaceIds is { } spaces)
        {
            var ids = spaces.ToList();
            query = query.Where(r => ids.Contains(r.SpaceId));
        }

        if (filter.DriverIds is { } drivers)
        {
            var ids = drivers.ToList();
            query = query.Where(r => ids.Contains(r.DriverId));
        }

        return await query.Page(r => r.StartsAtUtc, r => r.Id, after, take, newestFirst: false).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Staff cancel with a reason the driver sees; false when the reservation is not active any more.
    /// The driver's notice is written in the same transaction as the cancellation, and the write lock
    /// is taken first, so two staff cancelling at once make one cancellation and one notice.
    /// </summary>
    public async Task<bool> CancelAsync(Guid lotId, Guid reservationId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var found = await db.Reservations
            .Where(r => r.Id == reservationId && r.LotId == lotId)
            .Join(db.Spaces, r => r.SpaceId, s => s.Id, (r, s) => new { Reservation = r, s.Code, Level = db.Levels.Where(l => l.Id == s.LevelId).Select(l => l.Name).First() })
            .FirstOrDefaultAsync(cancellationToken);
        var trimmed = reason.Trim();
        if (found is null || !found.Reservation.Cancel(trimmed.Length > MaxCancelReasonLength ? trimmed[..MaxCancelReasonLength] : trimmed, now))
        {
            return false;
        }

        PushOutbox.AddNotice(db, DriverNotice.About(found.Reservation, NoticeKind.ReservationCancelledByStaff, found.Code, found.Level, now), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(lotId);
        return true;
    }

    public async Task<bool> SetSpaceDisabledAsync(Guid lotId, Guid spaceId, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Id == spaceId && db.Levels.Any(l => l.Id == s.LevelId && l.LotId == lotId), cancellationToken);
        if (space is null)
        {
            return false;
        }

        if (disabled)
        {
            space.Disable();
        }
        else
        {
            space.Enable();
        }

        await db.SaveChangesAsync(cancellationToken);
        notifier.Notify(lotId);
        return true;
    }

    public async Task<ReservationRules?> RulesAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Lots.Where(l => l.Id == lotId).Select(l => l.ReservationRules).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> SetRulesAsync(Guid lotId, ReservationRules rules, CancellationToken cancellationToken = default)
    {
        if (!rules.IsValid)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lot = await db.Lots.FirstOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        if (lot is null)
        {
            return false;
        }

        lot.SetReservationRules(rules);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
