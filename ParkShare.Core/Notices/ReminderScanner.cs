using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Core.Notices;

/// <summary>
/// Creates the reminders that are due now. Each kind is one query for every due subject without
/// its notice; the queries and the inserts share one BEGIN IMMEDIATE transaction, so a second
/// scanner (another thread or host process on the same database) sees the first one's rows and
/// adds none. A subject that has finished (cancelled, checked in, expired, picked up) or whose
/// moment has passed gets no reminder.
/// </summary>
public sealed class ReminderScanner(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, IOptions<RemindersOptions> options)
{
    /// <summary>Creates every due reminder; returns them (already committed).</summary>
    public async Task<IReadOnlyList<DriverNotice>> ScanAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);

        var created = new List<DriverNotice>();
        created.AddRange(await StartsSoonAsync(db, now, settings.BeforeStart, cancellationToken));
        created.AddRange(await HoldLapsesSoonAsync(db, now, settings.BeforeHoldLapses, cancellationToken));
        created.AddRange(await PickupsDueAsync(db, now, settings.PickupDayReminderAt, cancellationToken));
        if (created.Count > 0)
        {
            PushOutbox.AddNotices(db, created, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>
    /// A long stay is reminded at <paramref name="reminderAt"/> lot-local time on its expected pickup
    /// day, or at the pickup itself when that comes earlier in the day. A car parked after that
    /// moment (say at 10:00 for a pickup at 18:00 the same day) is reminded at the pickup itself.
    /// </summary>
    public static DateTime PickupReminderMomentUtc(DateTime pickupUtc, DateTime parkedAtUtc, TimeZoneInfo zone, TimeSpan reminderAt)
    {
        var dayReminder = LotTime.ToUtcOrLater(LotTime.ToLocal(pickupUtc, zone).Date + reminderAt, zone);
        var moment = dayReminder < pickupUtc ? dayReminder : pickupUtc;
        return moment > parkedAtUtc ? moment : pickupUtc;
    }

    /// <summary>The driver who booked after the window opened has just seen the start; the hold reminder still comes.</summary>
    private static async Task<IEnumerable<DriverNotice>> StartsSoonAsync(ParkShareDbContext db, DateTime now, TimeSpan before, CancellationToken cancellationToken)
    {
        var horizon = now + before;
        var due = await DueReservationsAsync(db, NoticeKind.ReservationStartsSoon, r => r.StartsAtUtc > now && r.StartsAtUtc <= horizon, cancellationToken);
        return due.Where(x => x.Reservation.CreatedAtUtc < x.Reservation.StartsAtUtc - before)
            .Select(x => DriverNotice.About(x.Reservation, NoticeKind.ReservationStartsSoon, x.SpaceCode, x.LevelName, now));
    }

    /// <summary>Only once the reservation has started: with a hold of 0 the start reminder says it all.</summary>
    private static async Task<IEnumerable<DriverNotice>> HoldLapsesSoonAsync(ParkShareDbContext db, DateTime now, TimeSpan before, CancellationToken cancellationToken)
    {
        var horizon = now + before;
        var due = await DueReservationsAsync(
            db, NoticeKind.HoldLapsesSoon, r => r.StartsAtUtc <= now && r.HoldUntilUtc > now && r.HoldUntilUtc <= horizon, cancellationToken);
        return due.Select(x => DriverNotice.About(x.Reservation, NoticeKind.HoldLapsesSoon, x.SpaceCode, x.LevelName, now));
    }

    /// <summary>One query per time zone (lots are few, zones fewer): the SQL finds the candidates, the zone rule picks the due ones.</summary>
    private static async Task<IEnumerable<DriverNotice>> PickupsDueAsync(ParkShareDbContext db, DateTime now, TimeSpan reminderAt, CancellationToken cancellationToken)
    {
        var created = new List<DriverNotice>();
        var zoneIds = await db.Lots.Select(l => l.TimeZoneId).Distinct().ToListAsync(cancellationToken);
        foreach (var zoneId in zoneIds)
        {
            var zone = LotTime.Zone(zoneId);
            // Every pickup on or before today (lot-local) is a candidate; later days cannot be due yet.
            var endOfToday = LotTime.ToUtcOrLater(LotTime.ToLocal(now, zone).Date.AddDays(1), zone);
            var candidates = await db.ParkingRecords.AsNoTracking()
                .Where(r => r.EndedAtUtc == null && r.ExpectedPickupAtUtc != null && r.ExpectedPickupAtUtc < endOfToday)
                .Where(r => db.Lots.Any(l => l.Id == r.LotId && l.TimeZoneId == zoneId))
                .Where(r => !db.DriverNotices.Any(n => n.DriverId == r.DriverId && n.Kind == NoticeKind.PickupDue && n.SubjectId == r.Id))
                .ToListAsync(cancellationToken);
            created.AddRange(candidates
                .Where(r => PickupReminderMomentUtc(r.ExpectedPickupAtUtc!.Value, r.ParkedAtUtc, zone, reminderAt) <= now)
                .Select(r => DriverNotice.PickupDue(r, now)));
        }

        return created;
    }

    private static Task<List<DueReservation>> DueReservationsAsync(
        ParkShareDbContext db, NoticeKind kind, Expression<Func<Reservation, bool>> window, CancellationToken cancellationToken) =>
        (from r in db.Reservations.AsNoTracking().Where(window)
         where r.State == ReservationState.Active
               && !db.DriverNotices.Any(n => n.DriverId == r.DriverId && n.Kind == kind && n.SubjectId == r.Id)
         join s in db.Spaces on r.SpaceId equals s.Id
         join l in db.Levels on s.LevelId equals l.Id
         select new DueReservation(r, s.Code, l.Name)).ToListAsync(cancellationToken);
}
