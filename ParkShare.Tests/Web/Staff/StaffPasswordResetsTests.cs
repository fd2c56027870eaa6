using ParkShare.Core.Staff;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class StaffPasswordResetsTests : IDisposable
{
    private readonly StaffSite _site = new();

    [Fact]
    public async Task Use_NewPassword_OldPasswordFailsAndSecurityStampRenewed()
    {
        var member = await _site.InvitedAsync("reset@example.com", ConsoleRoles.Operator, "OldPassword2026");
        var issued = await _site.Resets.IssueAsync(await _site.AdminAsync(), member.Id);
        Assert.Equal(StaffLinkState.Pending, (await _site.Resets.FindAsync(issued.Token))!.State);

        var used = await _site.Resets.UseAsync(issued.Token, "NewPassword2026", "NewPassword2026");

        Assert.True(used.Succeeded);
        Assert.False(await _site.CheckPasswordAsync("reset@example.com", "OldPassword2026"));
        Assert.True(await _site.CheckPasswordAsync("reset@example.com", "NewPassword2026"));
        Assert.NotEqual(member.SecurityStamp, (await _site.UserAsync("reset@example.com"))!.SecurityStamp);
        var log = await _site.AuditAsync();
        Assert.Contains(log, e => e.Kind == StaffAuditKind.PasswordResetIssued && e.ActorName == "Administrator" && e.SubjectUserId == member.Id);
        Assert.Contains(log, e => e.Kind == StaffAuditKind.PasswordResetUsed && e.ActorUserId == member.Id);
        Assert.Equal(StaffError.LinkUsed, (await _site.Resets.UseAsync(issued.Token, "Third2026Pass", "Third2026Pass")).Error);
    }

    [Fact]
    public async Task Issue_Twice_OnlyTheNewestLinkWorks()
    {
        var member = await _site.InvitedAsync("twice@example.com", ConsoleRoles.Operator);
        var admin = await _site.AdminAsync();
        var first = await _site.Resets.IssueAsync(admin, member.Id);

        var second = await _site.Resets.IssueAsync(admin, member.Id);

        Assert.Equal(StaffError.LinkRevoked, (await _site.Resets.UseAsync(first.Token, "NewPassword2026", "NewPassword2026")).Error);
        Assert.True((await _site.Resets.UseAsync(second.Token, "NewPassword2026", "NewPassword2026")).Succeeded);
    }

    [Fact]
    public async Task Use_Expired_RefusedAndPasswordUnchanged()
    {
        var member = await _site.InvitedAsync("slow@example.com", ConsoleRoles.Operator, "OldPassword2026");
        var issued = await _site.Resets.IssueAsync(await _site.AdminAsync(), member.Id);
        _site.Clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(StaffError.LinkExpired, (await _site.Resets.UseAsync(issued.Token, "NewPassword2026", "NewPassword2026")).Error);
        Assert.True(await _site.CheckPasswordAsync("slow@example.com", "OldPassword2026"));
    }

    [Fact]
    public async Task Use_WeakPassword_LinkStaysUsable()
    {
        var member = await _site.InvitedAsync("weak@example.com", ConsoleRoles.Operator);
        var issued = await _site.Resets.IssueAsync(await _site.AdminAsync(), member.Id);

        var weak = await _site.Resets.UseAsync(issued.Token, "alllowercase", "alllowercase");

        Assert.Equal(StaffError.PasswordRejected, weak.Error);
        Assert.Contains("PasswordRequiresUpper", weak.PasswordErrors!);
        Assert.Equal(StaffLinkState.Pending, (await _site.Resets.FindAsync(issued.Token))!.State);
    }

    [Fact]
    public async Task Issue_ForAccountLockedByAdmin_RefusedUntilUnlocked()
    {
        var member = await _site.InvitedAsync("locked@example.com", ConsoleRoles.Operator);
        var admin = await _site.AdminAsync();
        Assert.True((await _site.Accounts.LockAsync(admin, member.Id)).Succeeded);

        Assert.Equal(StaffError.Locked, (await _site.Resets.IssueAsync(admin, member.Id)).Error);
        Assert.True((await _site.Accounts.UnlockAsync(admin, member.Id)).Succeeded);
        Assert.True((await _site.Resets.IssueAsync(admin, member.Id)).Succeeded);
    }

    [Fact]
    public async Task Find_MalformedOrUnknownToken_Null()
    {
        Assert.Null(await _site.Resets.FindAsync("x"));
        Assert.Null(await _site.Resets.FindAsync(StaffToken.New()));
        Assert.Null(await _site.Resets.FindAsync(null));
        Assert.Equal(StaffError.NotFound, (await _site.Resets.UseAsync(StaffToken.New(), "NewPassword2026", "NewPassword2026")).Error);
    }

    public void Dispose() => _site.Dispose();
}
