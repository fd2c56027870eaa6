using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Parking;
using ParkShare.Core.WeChat;

namespace ParkShare.Core.Drivers;

/// <summary>Signs drivers in with a WeChat login code and checks their bearer tokens.</summary>
public sealed class DriverSessionService(
    IDbContextFactory<ParkShareDbContext> contexts,
    IWeChatClient weChat,
    IRecordPhotoFiles photos,
    TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>Exchanges the code (throws <see cref="WeChatException"/> for a bad one) and opens a session.</summary>
    public async Task<DriverSignIn> SignInAsync(string code, CancellationToken cancellationToken = default)
    {
        var login = await weChat.Code2SessionAsync(code, cancellationToken);
        return await OpenSessionAsync(login.Identity, cancellationToken);
    }

    /// <summary>Opens a session for a WeChat user WeChat has already vouched for (OAuth, or in sandbox mode the picker).</summary>
    public async Task<DriverSignIn> OpenSessionAsync(WeChatIdentity identity, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var driver = await DriverIdentities.FindOrAddAsync(db, identity, now, cancellationToken);
        var token = SessionToken.New();
        db.DriverSessions.Add(DriverSession.Open(driver.Id, SessionToken.Hash(token)!, now, Lifetime));
        await db.SaveChangesAsync(cancellationToken);
        return new DriverSignIn(token, now + Lifetime, driver.Id, driver.PrivacyAcceptedAtUtc is not null);
    }

    /// <summary>The driver a bearer token belongs to, or null when it is unknown, expired or revoked.</summary>
    public async Task<Guid?> AuthenticateAsync(string token, CancellationToken cancellationToken = default) =>
        (await AuthenticateSessionAsync(token, cancellationToken))?.DriverId;

    /// <summary>The session a bearer token opens (driver and session), or null when it is unknown, expired or revoked.</summary>
    public async Task<DriverSessionRef?> AuthenticateSessionAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = SessionToken.Hash(token);
        if (hash is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DriverSessions
            .Where(s => s.TokenHash == hash && s.RevokedAtUtc == null && s.ExpiresAtUtc > now)
            .Select(s => new DriverSessionRef(s.DriverId, s.Id))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The driver's sessions that still work, newest first (never their tokens).</summary>
    public async Task<IReadOnlyList<DriverSession>> ListAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DriverSessions.AsNoTracking()
            .Where(s => s.DriverId == driverId && s.RevokedAtUtc == null && s.ExpiresAtUtc > now)
            .OrderByDescending(s => s.CreatedAtUtc).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>Ends one of the driver's own sessions; false when the driver has no such working session.</summary>
    public async Task<bool> EndAsync(Guid driverId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.DriverSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.DriverId == driverId, cancellationToken);
        if (session is null || !session.IsValidAt(now))
        {
            return false;
        }

        session.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Signing out: the token stops working at once.</summary>
    public async Task RevokeAsync(string token, CancellationToken cancellationToken = default)
    {
        if (SessionToken.Hash(token) is not { } hash)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.DriverSessions.FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (session is not null && session.Revoke(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<Driver?> FindDriverAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Drivers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == driverId, cancellationToken);
    }

    public async Task AcceptPrivacyNoticeAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var driver = await db.Drivers.FirstOrDefaultAsync(d => d.Id == driverId, cancellationToken);
        driver?.AcceptPrivacyNotice(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the driver and, through the database's cascades, every session, reservation,
    /// idempotency key, parking record and notice of theirs, in one statement (PIPL: the right to erasure),
    /// and the photo files of their records. The files go under the write lock, before the rows, so
    /// no upload can slip a photo in between and a failure leaves the rows to be deleted again.
    /// </summary>
    public async Task DeleteDriverAsync(Guid driverId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        foreach (var recordId in await db.ParkingRecords.Where(r => r.DriverId == driverId).Select(r => r.Id).ToListAsync(cancellationToken))
        {
            photos.Delete(recordId);
        }

        await db.Drivers.Where(d => d.Id == driverId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
