using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Staff;
using ParkShare.Tests.Support;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class StaffAccountsTests : IDisposable
{
    private readonly StaffSite _site = new();

    [Fact]
    public async Task SetRole_LastAdminDemotesThemself_RefusedAndStillAdmin()
    {
        var admin = await _site.AdminAsync();
        var adminId = (await _site.UserAsync(StaffSite.AdminEmail))!.Id;

        var outcome = await _site.Accounts.SetRoleAsync(admin, adminId, ConsoleRoles.Operator);

        Assert.Equal(StaffError.LastAdmin, outcome.Error);
        Assert.True(await IsAdminAsync(adminId));
        Assert.Empty(await _site.AuditAsync());
    }

    [Fact]
    public async Task SetRole_AnotherActiveAdminExists_DemotionAllowedAndLogged()
    {
        var second = await _site.InvitedAsync("second@example.com", ConsoleRoles.Admin);
        var adminId = (await _site.UserAsync(StaffSite.AdminEmail))!.Id;

        var outcome = await _site.Accounts.SetRoleAsync(await _site.AdminAsync(), adminId, ConsoleRoles.Operator);

        Assert.True(outcome.Succeeded);
        Assert.False(await IsAdminAsync(adminId));
        Assert.True(await IsAdminAsync(second.Id));
        var entry = (await _site.AuditAsync()).Last(e => e.Kind == StaffAuditKind.RoleChanged);
        Assert.Equal(adminId, entry.SubjectUserId);
        Assert.Equal(ConsoleRoles.Operator, entry.Details);
    }

    [Fact]
    public async Task Lock_OnlyOtherAdminIsLocked_LastActiveAdminCannotBeDemoted()
    {
        var second = await _site.InvitedAsync("second@example.com", ConsoleRoles.Admin);
        var admin = await _site.AdminAsync();
        Assert.True((await _site.Accounts.LockAsync(admin, second.Id)).Succeeded);
        var adminId = (await _site.UserAsync(StaffSite.AdminEmail))!.Id;

        Assert.Equal(StaffError.LastAdmin, (await _site.Accounts.SetRoleAsync(admin, adminId, ConsoleRoles.Operator)).Error);
        Assert.Equal(StaffError.Self, (await _site.Accounts.LockAsync(admin, adminId)).Error);
        Assert.Equal(StaffError.NotAllowed, (await _site.Accounts.UnlockAsync(StaffSite.Principal(second, ConsoleRoles.Admin), second.Id)).Error);
    }

    [Fact]
    public async Task Lock_Operator_SecurityStampRenewedSignInRefusedUntilUnlocked()
    {
        var member = await _site.InvitedAsync("lockme@example.com", ConsoleRoles.Operator, "Welcome2026x");
        var admin = await _site.AdminAsync();

        Assert.True((await _site.Accounts.LockAsync(admin, member.Id)).Succeeded);
        var locked = (await _site.UserAsync("lockme@example.com"))!;
        Assert.True(StaffAccounts.IsLockedByAdmin(locked));
        Assert.NotEqual(member.SecurityStamp, locked.SecurityStamp);
        using var client = _site.Client();
        var refused = await LoginTests.PostLoginAsync(client, "lockme@example.com", "Welcome2026x");
        Assert.Contains("此账户已被管理员锁定", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.True((await _site.Accounts.UnlockAsync(admin, member.Id)).Succeeded);
        var signedIn = await LoginTests.PostLoginAsync(client, "lockme@example.com", "Welcome2026x");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        var kinds = (await _site.AuditAsync()).Select(e => e.Kind).ToList();
        Assert.Equal([StaffAuditKind.Locked, StaffAuditKind.Unlocked], kinds.Where(k => k is StaffAuditKind.Locked or StaffAuditKind.Unlocked));
    }

    [Fact]
    public async Task Lock_AuditWriteFails_AccountStaysUnlocked()
    {
        var member = await _site.InvitedAsync("atomic@example.com", ConsoleRoles.Operator);
        var admin = await _site.AdminAsync();
        await using (var db = _site.Db())
        {
            await TestDatabases.RefuseInsertsAsync(db, "StaffAuditEntries");
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => _site.Accounts.LockAsync(admin, member.Id));

        Assert.False(StaffAccounts.IsLockedByAdmin((await _site.UserAsync("atomic@example.com"))!));
    }

    private async Task<bool> IsAdminAsync(string userId)
    {
        await using var db = _site.Db();
        return await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == ConsoleRoles.AdminRoleId);
    }

    public void Dispose() => _site.Dispose();
}
