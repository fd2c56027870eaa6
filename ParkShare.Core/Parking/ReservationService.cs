using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Notices;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Parking;

/// <summary>
/// Creates, cancels and expires reservations. A create checks for an overlapping live reservation
/// and inserts inside one write transaction. On SQLite that is BEGIN IMMEDIATE: one writer at a time,
/// across threads and processes alike, so two drivers can never both win a space for overlapping
/// windows. On PostgreSQL the transaction serialises only the driver's own writes (their count of
/// reservations, their idempotency keys) and the creates for the same space, so distinct spaces
/// proceed in parallel on every node; the space is guarded by the exclusion constraint on (space,
/// window) of live reservations (also against check-ins and other writers), whose refusal (23P01)
/// is the same "space taken".
/// </summary>
public sealed class ReservationService(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, SpaceStateNotifier notifier, IOptions<OccupancyOptions> occupancy)
{
    /// <summary>A start a little in the past is still "now" (clocks and slow networks).</summary>
    public static readonly TimeSpan StartSlack = TimeSpan.FromMinutes(5);

    public async Task<ReservationOutcome> CreateAsync(ReservationRequest request, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateOnceAsync(request, cancellationToken);
            }
            catch (Exception e) when (attempt < 3 && DatabaseFailures.IsRetryableConflict(e))
            {
                // PostgreSQL: two inserts for one space each waited on the other's exclusion check and
                // the server aborted one. Nothing was written; the retry's check sees the survivor.
            }
        }
    }

    private async Task<ReservationOutcome> CreateOnceAsync(ReservationRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requestHash = Hash(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One insert, and a failed one ends the attempt: EF's savepoint around SaveChanges would cost two round trips for nothing.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await WriteTransaction.BeginAsync(db, WriteLock.Driver(request.DriverId), WriteLock.Space(request.SpaceId), cancellationToken);

        // Everything the decision needs, under the lock, in one round trip: the space, its lot's rules,
        // an earlier request with the same idempotency key, and the checks. A car the lot's sensors see
        // right now (perhaps a driver who never uses ParkShare) takes the space for a window starting
        // now; a later window is the driver's bet that it will be gone.
        var key = request.IdempotencyKey;
        var sensedSince = now - occupancy.Value.SensorTtl;
        var startsNow = request.StartsAtUtc < now + StartSlack;
        var space = await db.Spaces.AsNoTracking()
            .Where(s => s.Id == request.SpaceId)
            .Join(db.Levels, s => s.LevelId, l => l.Id, (s, l) => new { s.Reservable, s.Disabled, l.LotId })
            .Join(db.Lots, x => x.LotId, l => l.Id, (x, l) => new
            {
                x.Reservable,
                x.Disabled,
                x.LotId,
                l.ReservationRules,
                EarlierHash = key == null ? null : db.IdempotencyRecords
                    .Where(r => r.DriverId == request.DriverId && r.Key == key).Select(r => r.RequestHash).FirstOrDefault(),
                Overlaps = db.Reservations.Where(Reservation.Live).Any(r => r.SpaceId == request.SpaceId
                    && r.StartsAtUtc < request.EndsAtUtc && r.EndsAtUtc > request.StartsAtUtc),
                Sensed = startsNow && db.SensorOccupancies.Any(o => o.SpaceId == request.SpaceId && o.Occupied && o.ObservedAtUtc > sensedSince),
                Active = db.Reservations.Count(r => r.DriverId == request.DriverId && r.State == ReservationState.Active),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (space is null)
        {
            return ReservationOutcome.Refused(ReservationError.SpaceNotFound);
        }

        if (space.EarlierHash is { } earlierHash)
        {
            if (earlierHash != requestHash)
            {
                return ReservationOutcome.Refused(ReservationError.IdempotencyKeyReused);
            }

            var earlierId = await db.IdempotencyRecords.AsNoTracking()
                .Where(r => r.DriverId == request.DriverId && r.Key == key).Select(r => r.ResourceId).FirstAsync(cancellationToken);
            return ReservationOutcome.Replay(await db.Reservations.AsNoTracking().FirstAsync(r => r.Id == earlierId, cancellationToken));
        }

        var rules = space.ReservationRules;
        var error = !space.Reservable || space.Disabled ? ReservationError.SpaceNotReservable
            : CheckWindow(request, rules, now) is var windowError && windowError != ReservationError.None ? windowError
            : space.Overlaps || space.Sensed ? ReservationError.SpaceTaken
            : space.Active >= rules.MaxActivePerDriver ? ReservationError.TooManyReservations
            : ReservationError.None;
        if (error != ReservationError.None)
        {
            return ReservationOutcome.Refused(error);
        }

        var reservation = Reservation.Hold(space.LotId, request.SpaceId, request.DriverId, request.StartsAtUtc, request.EndsAtUtc, rules.HoldMinutes, now);
        db.Reservations.Add(reservation);
        if (key is not null)
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.For(request.DriverId, key, requestHash, reservation.Id, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseFailures.IsExclusionViolation(e))
        {
            // Another node's driver took an overlapping window between our check and our insert.
            return ReservationOutcome.Refused(ReservationError.SpaceTaken);
        }

        notifier.Notify(reservation.LotId);
        return ReservationOutcome.Created(reservation);
    }

    /// <summary>The driver's reservation, or null for anyone else's (an id of another driver is "not found").</summary>
    public async Task<Reservation?> FindAsync(Guid driverId, Guid reservationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reservationId && r.DriverId == driverId, cancellationToken);
    }

    public async Task<IReadOnlyList<Reservation>> ListAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reservations.AsNoTracking().Where(r => r.DriverId == driverId)
            .OrderByDescending(r => r.StartsAtUtc).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>A driver's reservations newest first (start, then id), from just after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<Reservation>> PageAsync(Guid driverId, PageKey? after, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reservations.AsNoTracking().Where(r => r.DriverId == driverId)
            .Page(r => r.StartsAtUtc, r => r.Id, after, take, newestFirst: true)
            .ToListAsync(cancellationToken);
    }

    public async Task<ReservationOutcome> CancelAsync(Guid driverId, Guid reservationId, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reservation = await db.Reservations.FirstOrDefaultAsync(r => r.Id == reservationId && r.DriverId == driverId, cancellationToken);
        if (reservation is null)
        {
            return ReservationOutcome.Refused(ReservationError.NotFound);
        }

        if (!reservation.Cancel(reason, clock.GetUtcNow().UtcDateTime))
        {
            return ReservationOutcome.Refused(ReservationError.NotActive);
        }

        await db.SaveChangesAsync(cancellationToken);
        notifier.Notify(reservation.LotId);
        return ReservationOutcome.Created(reservation);
    }

    /// <summary>
    /// Releases every no-show whose hold has lapsed and tells each driver, in one transaction that
    /// takes the write lock first (two hosts expiring together write each expiry and notice once);
    /// returns how many.
    /// </summary>
    public async Task<int> ExpireNoShowsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var lapsed = await db.Reservations
            .Where(r => r.State == ReservationState.Active && r.HoldUntilUtc <= now)
            .Join(db.Spaces, r => r.SpaceId, s => s.Id, (r, s) => new { Reservation = r, s.Code, Level = db.Levels.Where(l => l.Id == s.LevelId).Select(l => l.Name).First() })
            .ToListAsync(cancellationToken);
        var expired = lapsed.Where(x => x.Reservation.Expire(now)).ToList();
        PushOutbox.AddNotices(db, expired.Select(x => DriverNotice.About(x.Reservation, NoticeKind.ReservationExpired, x.Code, x.Level, now)), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var lotId in expired.Select(x => x.Reservation.LotId).Distinct())
        {
            notifier.Notify(lotId);
        }

        return expired.Count;
    }

    private static ReservationError CheckWindow(ReservationRequest r, ReservationRules rules, DateTime now) =>
        r.EndsAtUtc <= r.StartsAtUtc || r.StartsAtUtc < now - StartSlack ? ReservationError.WindowInvalid
        : r.EndsAtUtc - r.StartsAtUtc > TimeSpan.FromMinutes(rules.MaxDurationMinutes) ? ReservationError.WindowTooLong
        : r.StartsAtUtc - now > TimeSpan.FromMinutes(rules.MaxAdvanceMinutes) ? ReservationError.TooFarAhead
        : ReservationError.None;

    private static string Hash(ReservationRequest r) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{r.SpaceId:N}|{r.StartsAtUtc.Ticks}|{r.EndsAtUtc.Ticks}")));
}
