using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Parking;

/// <summary>
/// Parking records: one active record per driver (and per plate), written inside BEGIN IMMEDIATE
/// like reservations, so a double tap or two devices cannot leave two "current" cars.
/// </summary>
public sealed class ParkingService(IDbContextFactory<ParkShareDbContext> contexts, PositionRefiner refiner, TimeProvider clock, SpaceStateNotifier notifier)
{
    /// <summary>
    /// Records where the car is. With an idempotency key (a phone sending a position it queued while
    /// offline, perhaps twice) a replay answers with the first record instead of a conflict.
    /// </summary>
    public async Task<ParkingOutcome> ParkAsync(
        Guid driverId, DetailedPosition position, ParkingDetails details, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var requestHash = Hash(position, details);
        if (idempotencyKey is not null)
        {
            var earlier = await db.IdempotencyRecords.AsNoTracking()
                .FirstOrDefaultAsync(r => r.DriverId == driverId && r.Key == idempotencyKey, cancellationToken);
            if (earlier is not null)
            {
                return earlier.RequestHash == requestHash
                    && await db.ParkingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == earlier.ResourceId, cancellationToken) is { } first
                    ? ParkingOutcome.Replay(first)
                    : ParkingOutcome.Refused(ParkingError.IdempotencyKeyReused);
            }
        }

        var outcome = await ParkInTransactionAsync(db, driverId, position, details, null, cancellationToken);
        if (outcome.Record is not null)
        {
            if (idempotencyKey is not null)
            {
                db.IdempotencyRecords.Add(IdempotencyRecord.For(driverId, idempotencyKey, requestHash, outcome.Record.Id, clock.GetUtcNow().UtcDateTime));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            notifier.Notify(outcome.Record.LotId);
        }

        return outcome;
    }

    /// <summary>The driver arrived: the reservation becomes a parking record refined from its space, in one transaction.</summary>
    public async Task<ParkingOutcome> CheckInAsync(Guid driverId, Guid reservationId, LotMap map, ParkingDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var reservation = await db.Reservations.FirstOrDefaultAsync(r => r.Id == reservationId && r.DriverId == driverId, cancellationToken);
        if (reservation is null || map.LotId != reservation.LotId || map.Space(reservation.SpaceId) is not { } space)
        {
            return ParkingOutcome.Refused(ParkingError.ReservationNotFound);
        }

        if (!reservation.CheckIn(clock.GetUtcNow().UtcDateTime))
        {
            return ParkingOutcome.Refused(ParkingError.ReservationNotActive);
        }

        var position = refiner.Describe(map, space, ResolvedBy.Reservation);
        var outcome = await ParkInTransactionAsync(db, driverId, position, details, reservation.Id, cancellationToken);
        if (outcome.Record is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            notifier.Notify(outcome.Record.LotId);
        }

        return outcome;
    }

    public async Task<ParkingRecord?> CurrentAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ParkingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.DriverId == driverId && r.EndedAtUtc == null, cancellationToken);
    }

    public async Task<ParkingRecord?> FindAsync(Guid driverId, Guid recordId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ParkingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId && r.DriverId == driverId, cancellationToken);
    }

    public async Task<IReadOnlyList<ParkingRecord>> HistoryAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ParkingRecords.AsNoTracking().Where(r => r.DriverId == driverId)
            .OrderByDescending(r => r.ParkedAtUtc).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A driver's records newest first (parked at, then id), from just after <paramref name="after"/>;
    /// with <paramref name="plate"/> (normalised, <see cref="PlateNumber"/>) only theirs with that plate.
    /// </summary>
    public async Task<IReadOnlyList<ParkingRecord>> HistoryPageAsync(
        Guid driverId, PageKey? after, int take, string? plate = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ParkingRecords.AsNoTracking().Where(r => r.DriverId == driverId);
        if (plate is not null)
        {
            query = query.Where(r => r.Plate == plate);
        }

        return await query.Page(r => r.ParkedAtUtc, r => r.Id, after, take, newestFirst: true).ToListAsync(cancellationToken);
    }

    public async Task<ParkingOutcome> EndAsync(Guid driverId, Guid recordId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var record = await db.ParkingRecords.FirstOrDefaultAsync(r => r.Id == recordId && r.DriverId == driverId, cancellationToken);
        if (record is null)
        {
            return ParkingOutcome.Refused(ParkingError.NotFound);
        }

        if (!record.End(now))
        {
            return ParkingOutcome.Refused(ParkingError.AlreadyEnded);
        }

        await PushOutbox.EnqueueForFriendsAsync(db, record, OutboxEvent.RecordEnded, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(record.LotId);
        return ParkingOutcome.Ok(record);
    }

    /// <summary>The car moved (or its position was refined again) within its lot: bound friends are told once per move.</summary>
    public async Task<ParkingOutcome> MoveAsync(Guid driverId, Guid recordId, DetailedPosition position, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        var record = await db.ParkingRecords.FirstOrDefaultAsync(r => r.Id == recordId && r.DriverId == driverId, cancellationToken);
        if (record is null || record.LotId != position.Lot.LotId)
        {
            return ParkingOutcome.Refused(ParkingError.NotFound);
        }

        if (!record.MoveTo(position))
        {
            return ParkingOutcome.Refused(ParkingError.AlreadyEnded);
        }

        await PushOutbox.EnqueueForFriendsAsync(db, record, OutboxEvent.PositionChanged, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Notify(record.LotId);
        return ParkingOutcome.Ok(record);
    }

    private async Task<ParkingOutcome> ParkInTransactionAsync(
        ParkShareDbContext db, Guid driverId, DetailedPosition position, ParkingDetails details, Guid? reservationId, CancellationToken cancellationToken)
    {
        var active = await db.ParkingRecords.Where(r => r.DriverId == driverId && r.EndedAtUtc == null).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (active is not null)
        {
            return ParkingOutcome.Refused(ParkingError.ActiveRecordExists, active);
        }

        var chosen = details.FriendIds?.Distinct().ToList();
        if (chosen is { Count: > 0 })
        {
            var bound = await db.Bindings.CountAsync(b => b.DriverId == driverId && b.State == BindingState.Active && chosen.Contains(b.FriendId), cancellationToken);
            if (bound != chosen.Count)
            {
                return ParkingOutcome.Refused(ParkingError.FriendNotFound);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = ParkingRecord.Park(driverId, position, details, reservationId, now);
        db.ParkingRecords.Add(record);
        db.RecordAudiences.AddRange((chosen ?? []).Select(f => RecordAudience.Of(record.Id, f)));
        await PushOutbox.EnqueueForFriendsAsync(db, record, OutboxEvent.RecordCreated, now, cancellationToken, chosen);
        return ParkingOutcome.Ok(record);
    }

    private static string Hash(DetailedPosition position, ParkingDetails details) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(
            $"record|{position.Space.Id:N}|{details.Plate}|{details.Note}|{details.ExpectedPickupAtUtc?.Ticks}{(details.FriendIds is { } f ? "|" + string.Join(',', f.Order()) : string.Empty)}")));
}
