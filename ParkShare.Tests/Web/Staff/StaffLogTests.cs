using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class StaffLogTests : StaffComponentTest
{
    [Fact]
    public async Task Render_ThirtyEntries_NewestFirstOnPagesOf25()
    {
        var log = Services.GetRequiredService<StaffAuditLog>();
        await using (var db = Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContext())
        {
            for (var i = 0; i < 30; i++)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
                log.Add(db, new ConsoleActor("admin-id", "Administrator"), i % 2 == 0 ? StaffAuditKind.Locked : StaffAuditKind.Unlocked, "u1", $"Member {i:00} <m@example.com>");
            }

            await db.SaveChangesAsync();
        }

        var page = RenderWithPopovers<StaffLog>();

        page.WaitForElement("[data-testid=staff-log]", TimeSpan.FromSeconds(10));
        var rows = page.FindAll("[data-testid=staff-log] tbody tr");
        Assert.Equal(25, rows.Count);
        Assert.Contains("Member 29", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("解锁账户", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Member 05", rows[^1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=staff-log-pages]"));
    }

    [Fact]
    public void Render_NoEntries_SaysSo()
    {
        var page = RenderWithPopovers<StaffLog>();

        page.WaitForElement("[data-testid=staff-log-empty]");
    }
}
