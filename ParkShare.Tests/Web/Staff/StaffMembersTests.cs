using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;
using ParkShare.Web.Lots;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class StaffMembersTests : StaffComponentTest
{
    [Fact]
    public async Task Lock_OperatorRow_MarksLockedAndOwnRowHasNoLockButton()
    {
        var operatorId = await SeedStaffAsync();
        var page = RenderWithPopovers<StaffMembers>(p => p.Add(c => c.Lots, [new LotListItem(LotId, "Test lot", "Somewhere", 1, 1)]));
        page.WaitForElement($"tr[data-email='{OperatorEmail}']");

        Assert.Empty(page.FindAll("tr[data-email='admin@parkshare.local'] [data-testid=lock]"));
        page.Find($"tr[data-email='{OperatorEmail}'] [data-testid=lock]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find($"tr[data-email='{OperatorEmail}'] [data-testid=locked-chip]")), TimeSpan.FromSeconds(10));
        Assert.NotNull(page.Find($"tr[data-email='{OperatorEmail}'] [data-testid=unlock]"));
        await using var db = Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContext();
        var entry = await db.StaffAuditEntries.SingleAsync();
        Assert.Equal((StaffAuditKind.Locked, operatorId, "admin-id"), (entry.Kind, entry.SubjectUserId, entry.ActorUserId));
    }

    [Fact]
    public async Task Reset_OperatorRow_ShowsAOneTimeLinkToHandOver()
    {
        await SeedStaffAsync();
        var page = RenderWithPopovers<StaffMembers>(p => p.Add(c => c.Lots, []));
        page.WaitForElement($"tr[data-email='{OperatorEmail}']");

        page.Find($"tr[data-email='{OperatorEmail}'] [data-testid=reset-password]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=issued-link-panel]")), TimeSpan.FromSeconds(10));
        var link = page.Find("input#issued-link").GetAttribute("value")!;
        Assert.Matches("^http://localhost/account/reset/[A-Za-z0-9_-]{43}$", link);
        Assert.Contains(OperatorEmail, page.Find("[data-testid=issued-link-panel]").TextContent, StringComparison.Ordinal);
        Assert.Contains("不发送邮件", page.Find("[data-testid=issued-link-panel]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(await Services.GetRequiredService<StaffPasswordResets>().FindAsync(link.Split('/')[^1]));
    }
}
