using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Staff;
using ParkShare.Web.Lots;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class StaffInvitesTests : StaffComponentTest
{
    [Fact]
    public async Task Create_ValidInput_ShowsTheLinkAndListsTheInvite()
    {
        await SeedStaffAsync();
        var page = RenderWithPopovers<StaffInvites>(p => p.Add(c => c.Lots, [new LotListItem(LotId, "Test lot", "Somewhere", 1, 1)]));
        page.WaitForElement("[data-testid=invites-empty]");

        page.Find("#invite-email").Change("new@example.com");
        page.Find("#invite-name").Change("赵敏");
        page.Find("[data-testid=invite-create]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("tr[data-email='new@example.com']")), TimeSpan.FromSeconds(10));
        var link = page.Find("input#issued-link").GetAttribute("value")!;
        Assert.Matches("^http://localhost/account/invite/[A-Za-z0-9_-]{43}$", link);
        var view = await Services.GetRequiredService<StaffInvitations>().FindAsync(link.Split('/')[^1]);
        Assert.Equal((StaffLinkState.Pending, "赵敏"), (view!.State, view.DisplayName));
        Assert.Contains("操作员", page.Find("tr[data-email='new@example.com']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ExistingAccountEmail_ShowsTheReasonAndNoLink()
    {
        await SeedStaffAsync();
        var page = RenderWithPopovers<StaffInvites>(p => p.Add(c => c.Lots, []));
        page.WaitForElement("[data-testid=invites-empty]");

        page.Find("#invite-email").Change(OperatorEmail);
        page.Find("#invite-name").Change("Someone");
        page.Find("[data-testid=invite-create]").Click();

        page.WaitForAssertion(() => Assert.Equal("该邮箱已有员工账户。", page.Find("[data-testid=invite-error]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=issued-link-panel]"));
    }
}
