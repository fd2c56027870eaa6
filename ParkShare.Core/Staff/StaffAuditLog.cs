using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Staff;

/// <summary>
/// Writes and reads the staff log. <see cref="Add"/> only stages the entry on the caller's context,
/// so it is saved in the same transaction as the change it describes, or not at all.
/// </summary>
public sealed class StaffAuditLog(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public StaffAuditEntry Add(ParkShareDbContext db, ConsoleActor actor, StaffAuditKind kind, string? subjectUserId, string subject, string details = "")
    {
        var entry = new StaffAuditEntry(actor, clock.GetUtcNow().UtcDateTime, kind, subjectUserId, subject, details);
        db.StaffAuditEntries.Add(entry);
        return entry;
    }

    /// <summary>"Name &lt;email&gt;", or the email alone when there is no name.</summary>
    public static string Describe(string? displayName, string? email) =>
        string.IsNullOrWhiteSpace(displayName) ? email ?? string.Empty : $"{displayName} <{email}>";

    /// <summary>Page <paramref name="page"/> (0-based) of the log, newest first.</summary>
    public async Task<StaffAuditPage> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.StaffAuditEntries.CountAsync(cancellationToken);
        var items = await db.StaffAuditEntries.AsNoTracking().OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new StaffAuditPage(items, total);
    }
}
