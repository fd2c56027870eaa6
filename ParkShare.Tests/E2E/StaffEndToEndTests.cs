using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;

namespace ParkShare.Tests.E2E;

/// <summary>
/// An Admin invites an operator for one of two lots; in a second browser the operator opens the link,
/// chooses a password and sees only that lot; the Admin then hands them a password-reset link.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class StaffEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    private const string OtherLot = "静安寺地下停车场";

    [Fact]
    public async Task Invite_OperatorAcceptsInSecondBrowser_SeesOnlyTheirLotThenResetsPassword()
    {
        await AddOtherLotAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var admin = await StaffConsole.SignInAsync(browser, host, "zh-CN", "/");
        await admin.GotoAsync($"{host.BaseUrl}/console/staff");
        await admin.WaitForSelectorAsync("[data-interactive=true] [data-testid=staff-table]");

        await admin.GetByRole(AriaRole.Tab, new() { Name = "邀请" }).ClickAsync();
        await admin.FillAsync("#invite-email", "zhao.min@example.com");
        await admin.FillAsync("#invite-name", "赵敏");
        await StaffConsole.PickInviteLotAsync(admin, "陆家嘴滨江停车场");
        await admin.ClickAsync("[data-testid=invite-create]");
        await admin.WaitForSelectorAsync("tr[data-email='zhao.min@example.com']");
        var inviteLink = await admin.InputValueAsync("input#issued-link");
        Assert.StartsWith($"{host.BaseUrl}/account/invite/", inviteLink, StringComparison.Ordinal);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("staff-invite.png"), FullPage = true });

        await using var operatorContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "zh-CN" });
        var op = await operatorContext.NewPageAsync();
        op.SetDefaultTimeout(30_000);
        await op.GotoAsync(inviteLink);
        Assert.Contains("赵敏", await op.InnerTextAsync("[data-testid=invite-welcome]"), StringComparison.Ordinal);
        await op.FillAsync("#password", "Welcome2026x");
        await op.FillAsync("#confirm", "Welcome2026x");
        await op.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("staff-accept-invite.png"), FullPage = true });
        await op.ClickAsync("#accept-invite");
        await op.WaitForURLAsync(host.BaseUrl + "/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await op.WaitForSelectorAsync("[data-interactive=true] [data-testid=lot-card]");
        var lots = await op.Locator("[data-testid=lot-card]").AllInnerTextsAsync();
        Assert.Contains("陆家嘴滨江停车场", Assert.Single(lots), StringComparison.Ordinal);
        Assert.DoesNotContain(OtherLot, await op.InnerTextAsync("body"), StringComparison.Ordinal);
        await op.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("staff-operator-lots.png"), FullPage = true });

        await admin.GetByRole(AriaRole.Tab, new() { Name = "员工" }).ClickAsync();
        await admin.ClickAsync("tr[data-email='zhao.min@example.com'] [data-testid=reset-password]");
        await admin.WaitForSelectorAsync("[data-testid=issued-link-panel]");
        var resetLink = await admin.InputValueAsync("input#issued-link");
        Assert.StartsWith($"{host.BaseUrl}/account/reset/", resetLink, StringComparison.Ordinal);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("staff-reset-link.png"), FullPage = true });

        await op.GotoAsync(resetLink);
        await op.FillAsync("#password", "Changed2026x");
        await op.FillAsync("#confirm", "Changed2026x");
        await op.ClickAsync("#reset-password");
        await op.WaitForURLAsync(host.BaseUrl + "/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await op.GotoAsync(resetLink);
        Assert.Contains("已被使用", await op.InnerTextAsync("[data-testid=link-problem]"), StringComparison.Ordinal);

        await admin.GetByRole(AriaRole.Tab, new() { Name = "操作日志" }).ClickAsync();
        await admin.WaitForSelectorAsync("[data-testid=staff-log] tr[data-kind=PasswordResetUsed]");
        var kinds = await admin.Locator("[data-testid=staff-log] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kind)");
        Assert.Equal("PasswordResetUsed", kinds[0]);
        Assert.Contains("InviteAccepted", kinds);
        Assert.Contains("LotAssigned", kinds);
        Assert.Equal("InviteCreated", kinds[^1]);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("staff-log.png"), FullPage = true });
    }

    /// <summary>A second lot the operator is not given, so "only that lot" means something.</summary>
    private async Task AddOtherLotAsync()
    {
        // The Staff page lists the lots once; the demo lot must be there before it loads.
        await EditorSetup.WaitForDemoLotAsync(host);
        await using var db = new ParkShareDbContext(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={host.DatabasePath}").Options);
        db.Lots.Add(Lot.Create(OtherLot, "上海市静安区南京西路 1699 号", "Asia/Shanghai", Georeference.None));
        await db.SaveChangesAsync();
    }
}
