using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// The database half of callback de-duplication, shared by every node (and process) on the database:
/// the first delivery of a key inserts its receipt and does the work; a delivery that finds the
/// receipt waits for its reply (up to <see cref="WaitForFirst"/>) and answers with it. A failed
/// attempt deletes its receipt so WeChat's next retry can try again; receipts older than
/// <see cref="OfficialAccountDeduplicator.Ttl"/> are forgotten.
/// </summary>
public sealed class OfficialAccountReceipts(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock, ILogger<OfficialAccountReceipts> logger)
{
    public static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private long _lastSweep;

    public async Task<string?> RunOnceAsync(string key, Func<Task<string?>> work, CancellationToken cancellationToken = default)
    {
        key = key.Length <= OfficialAccountReceipt.MaxKeyLength ? key : key[..OfficialAccountReceipt.MaxKeyLength];
        await SweepIfDueAsync(cancellationToken);
        // Real time, not the TimeProvider: this waits for another process's work, which no test clock moves.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (await TryBeginAsync(key, cancellationToken))
            {
                return await DoAsync(key, work, cancellationToken);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var first = await db.OfficialAccountReceipts.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
            if (first is { CompletedAtUtc: not null })
            {
                logger.LogInformation("Official-account delivery {Key} answered from the first delivery's reply", key);
                return first.Reply;
            }

            if (first is not null && waited.Elapsed >= WaitForFirst)
            {
                // The first delivery is still working: it will answer WeChat itself.
                return null;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private async Task<bool> TryBeginAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - OfficialAccountDeduplicator.Ttl;
        await db.OfficialAccountReceipts.Where(r => r.Key == key && r.ReceivedAtUtc < stale).ExecuteDeleteAsync(cancellationToken);
        db.OfficialAccountReceipts.Add(OfficialAccountReceipt.Begin(key, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
        {
            return false;
        }
    }

    private async Task<string?> DoAsync(string key, Func<Task<string?>> work, CancellationToken cancellationToken)
    {
        string? reply;
        try
        {
            reply = await work();
        }
        catch
        {
            await using var failed = await contexts.CreateDbContextAsync(CancellationToken.None);
            await failed.OfficialAccountReceipts.Where(r => r.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var receipt = await db.OfficialAccountReceipts.FirstOrDefaultAsync(r => r.Key == key, CancellationToken.None);
        receipt?.Complete(reply, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(CancellationToken.None);
        return reply;
    }

    private async Task SweepIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastSweep);
        if ((last != 0 && clock.GetElapsedTime(last, now) < OfficialAccountDeduplicator.Ttl) || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = clock.GetUtcNow().UtcDateTime - OfficialAccountDeduplicator.Ttl;
        await db.OfficialAccountReceipts.Where(r => r.ReceivedAtUtc < stale).ExecuteDeleteAsync(cancellationToken);
    }
}
