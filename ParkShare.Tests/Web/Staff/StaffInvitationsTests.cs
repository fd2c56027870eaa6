using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;
using ParkShare.Tests.Support;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class StaffInvitationsTests : IDisposable
{
    private readonly StaffSite _site = new();

    [Fact]
    public async Task Accept_OperatorInvite_CreatesAccountWithRoleAndLotsAndLogsEveryStep()
    {
        var lot = await _site.DemoLotAsync();
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest(" Li.Na@Example.com ", "李娜", ConsoleRoles.Operator, [lot, Guid.NewGuid()]));
        _site.Clock.Advance(TimeSpan.FromMinutes(5));

        var accepted = await _site.Invitations.AcceptAsync(created.Token, "Welcome2026x", "Welcome2026x");

        Assert.True(accepted.Succeeded);
        var user = (await _site.UserAsync("li.na@example.com"))!;
        Assert.Equal(accepted.UserId, user.Id);
        Assert.Equal("李娜", user.DisplayName);
        Assert.True(await _site.CheckPasswordAsync("li.na@example.com", "Welcome2026x"));
        await using var db = _site.Db();
        Assert.Equal(ConsoleRoles.OperatorRoleId, (await db.UserRoles.SingleAsync(r => r.UserId == user.Id)).RoleId);
        Assert.Equal([lot], await db.LotAssignments.Where(a => a.UserId == user.Id).Select(a => a.LotId).ToListAsync());
        var lotHistory = await db.LotChanges.SingleAsync(c => c.LotId == lot && c.Kind == LotChangeKind.OperatorAssigned);
        Assert.Equal("李娜 <Li.Na@Example.com>", lotHistory.Summary);
        Assert.Equal("Administrator", lotHistory.UserName);
        var log = await _site.AuditAsync();
        Assert.Equal(StaffAuditKind.InviteCreated, log[0].Kind);
        Assert.Equal("Administrator", log[0].ActorName);
        Assert.Contains("Operator", log[0].Details, StringComparison.Ordinal);
        Assert.Equal(
            [StaffAuditKind.InviteAccepted, StaffAuditKind.LotAssigned],
            log.Skip(1).Select(e => e.Kind).Order());
        Assert.All(log.Skip(1), e => Assert.Equal(user.Id, e.SubjectUserId));
    }

    [Fact]
    public async Task Create_Token_Is256BitsAndOnlyItsHashIsStored()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("hash@example.com", "Hash", ConsoleRoles.Admin, []));

        Assert.Equal(43, created.Token!.Length);
        Assert.Equal(32, Convert.FromBase64String(created.Token.Replace('-', '+').Replace('_', '/') + "=").Length);
        await using var db = _site.Db();
        var invite = await db.StaffInvites.SingleAsync();
        Assert.Equal(StaffToken.Hash(created.Token), invite.TokenHash);
        var row = string.Join("|", invite.Email, invite.DisplayName, invite.CreatedBy, Convert.ToBase64String(invite.TokenHash));
        Assert.DoesNotContain(created.Token, row, StringComparison.Ordinal);
        Assert.NotEqual(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(created.Token)), invite.TokenHash);
    }

    [Fact]
    public async Task Accept_Twice_SecondIsRefusedAsUsed()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("twice@example.com", "Twice", ConsoleRoles.Operator, []));
        Assert.True((await _site.Invitations.AcceptAsync(created.Token, "Welcome2026x", "Welcome2026x")).Succeeded);

        var again = await _site.Invitations.AcceptAsync(created.Token, "Another2026x", "Another2026x");

        Assert.Equal(StaffError.LinkUsed, again.Error);
        Assert.Equal(StaffLinkState.Used, (await _site.Invitations.FindAsync(created.Token))!.State);
        Assert.True(await _site.CheckPasswordAsync("twice@example.com", "Welcome2026x"));
    }

    [Fact]
    public async Task Accept_AfterTheDefault72Hours_RefusedAsExpiredAndNoAccount()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("late@example.com", "Late", ConsoleRoles.Operator, []));
        _site.Clock.Advance(TimeSpan.FromHours(72) - TimeSpan.FromSeconds(1));
        Assert.Equal(StaffLinkState.Pending, (await _site.Invitations.FindAsync(created.Token))!.State);
        _site.Clock.Advance(TimeSpan.FromSeconds(1));

        var late = await _site.Invitations.AcceptAsync(created.Token, "Welcome2026x", "Welcome2026x");

        Assert.Equal(StaffError.LinkExpired, late.Error);
        Assert.Null(await _site.UserAsync("late@example.com"));
        Assert.Equal(StaffLinkState.Expired, Assert.Single(await _site.Invitations.OpenAsync()).StateAt(_site.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Revoke_ThenAccept_RefusedAsRevoked()
    {
        var admin = await _site.AdminAsync();
        var created = await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("gone@example.com", "Gone", ConsoleRoles.Operator, []));
        var id = Assert.Single(await _site.Invitations.OpenAsync()).Id;

        Assert.True((await _site.Invitations.RevokeAsync(admin, id)).Succeeded);

        Assert.Equal(StaffError.LinkRevoked, (await _site.Invitations.AcceptAsync(created.Token, "Welcome2026x", "Welcome2026x")).Error);
        Assert.Empty(await _site.Invitations.OpenAsync());
        Assert.Equal(StaffError.NotFound, (await _site.Invitations.RevokeAsync(admin, id)).Error);
        Assert.Contains(await _site.AuditAsync(), e => e.Kind == StaffAuditKind.InviteRevoked && e.Subject == "Gone <gone@example.com>");
    }

    [Fact]
    public async Task Reissue_ExpiredInvite_OldLinkDeadNewLinkWorks()
    {
        var admin = await _site.AdminAsync();
        var first = await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("again@example.com", "Again", ConsoleRoles.Admin, []));
        _site.Clock.Advance(TimeSpan.FromDays(4));

        var second = await _site.Invitations.ReissueAsync(admin, Assert.Single(await _site.Invitations.OpenAsync()).Id);

        Assert.Null(await _site.Invitations.FindAsync(first.Token));
        Assert.Equal(StaffError.NotFound, (await _site.Invitations.AcceptAsync(first.Token, "Welcome2026x", "Welcome2026x")).Error);
        Assert.True((await _site.Invitations.AcceptAsync(second.Token, "Welcome2026x", "Welcome2026x")).Succeeded);
        await using var db = _site.Db();
        var user = (await _site.UserAsync("again@example.com"))!;
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == ConsoleRoles.AdminRoleId));
    }

    [Fact]
    public async Task Accept_WeakOrMismatchedPassword_NothingWrittenAndInviteStillOpen()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("weak@example.com", "Weak", ConsoleRoles.Operator, []));

        var weak = await _site.Invitations.AcceptAsync(created.Token, "short", "short");
        var mismatch = await _site.Invitations.AcceptAsync(created.Token, "Welcome2026x", "Welcome2026y");

        Assert.Equal(StaffError.PasswordRejected, weak.Error);
        Assert.Contains("PasswordTooShort", weak.PasswordErrors!);
        Assert.Equal(StaffError.PasswordMismatch, mismatch.Error);
        Assert.Null(await _site.UserAsync("weak@example.com"));
        Assert.Equal(StaffLinkState.Pending, (await _site.Invitations.FindAsync(created.Token))!.State);
        Assert.Equal([StaffAuditKind.InviteCreated], (await _site.AuditAsync()).Select(e => e.Kind));
    }

    [Fact]
    public async Task Create_BadInputExistingAccountOrOpenInvite_RefusedWithReason()
    {
        var admin = await _site.AdminAsync();
        Assert.True((await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("open@example.com", "Open", ConsoleRoles.Operator, []))).Succeeded);

        Assert.Equal(StaffError.EmailInvalid, (await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("not-an-email", "X", ConsoleRoles.Operator, []))).Error);
        Assert.Equal(StaffError.NameMissing, (await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("x@example.com", " ", ConsoleRoles.Operator, []))).Error);
        Assert.Equal(StaffError.RoleInvalid, (await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("x@example.com", "X", "Root", []))).Error);
        Assert.Equal(StaffError.EmailTaken, (await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("ADMIN@parkshare.local", "X", ConsoleRoles.Admin, []))).Error);
        Assert.Equal(StaffError.AlreadyInvited, (await _site.Invitations.CreateAsync(admin, new StaffInviteRequest("OPEN@example.com", "X", ConsoleRoles.Operator, []))).Error);
        Assert.Single(await _site.Invitations.OpenAsync());
    }

    [Fact]
    public async Task Create_ByAnOperator_NotAllowed()
    {
        var op = await _site.InvitedAsync("op@example.com", ConsoleRoles.Operator);
        var asOperator = StaffSite.Principal(op, ConsoleRoles.Operator);
        var forgedAdminClaim = StaffSite.Principal(op, ConsoleRoles.Admin);

        Assert.Equal(StaffError.NotAllowed, (await _site.Invitations.CreateAsync(asOperator, new StaffInviteRequest("x@example.com", "X", ConsoleRoles.Admin, []))).Error);
        Assert.Equal(StaffError.NotAllowed, (await _site.Invitations.CreateAsync(forgedAdminClaim, new StaffInviteRequest("x@example.com", "X", ConsoleRoles.Admin, []))).Error);
    }

    [Fact]
    public async Task Accept_AuditWriteFails_AccountAndInviteRolledBackTogether()
    {
        var created = await _site.Invitations.CreateAsync(await _site.AdminAsync(), new StaffInviteRequest("atomic@example.com", "Atomic", ConsoleRoles.Operator, [await _site.DemoLotAsync()]));
        await using (var db = _site.Db())
        {
            await TestDatabases.RefuseInsertsAsync(db, "StaffAuditEntries");
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => _site.Invitations.AcceptAsync(created.Token, "Welcome2026x", "Welcome2026x"));

        Assert.Null(await _site.UserAsync("atomic@example.com"));
        Assert.Equal(StaffLinkState.Pending, (await _site.Invitations.FindAsync(created.Token))!.State);
        await using var check = _site.Db();
        Assert.Empty(await check.LotAssignments.ToListAsync());
    }

    public void Dispose() => _site.Dispose();
}
