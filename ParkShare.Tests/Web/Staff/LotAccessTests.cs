using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Staff;
using ParkShare.Tests.Fakes;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

public sealed class LotAccessTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new();

    [Fact]
    public async Task VisibleLots_OperatorWithoutAssignment_SeesNothingUntilAssigned()
    {
        using var scope = _factory.Services.CreateScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
        var access = scope.ServiceProvider.GetRequiredService<LotAccess>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var admin = Principal((await users.FindByEmailAsync("admin@parkshare.local"))!.Id, ConsoleRoles.Admin);
        var lot = Assert.Single(await access.VisibleLotsAsync(admin));

        Assert.Empty(await staff.CreateOperatorAsync("op@parkshare.local", "Operator One", "Operator2026x"));
        var op = (await users.FindByEmailAsync("op@parkshare.local"))!;
        var principal = Principal(op.Id, ConsoleRoles.Operator);

        Assert.Empty(await access.VisibleLotsAsync(principal));
        Assert.False(await access.CanSeeAsync(principal, lot.Id));

        await staff.SetAssignmentsAsync(new ParkShare.Core.Lots.History.ConsoleActor("test-admin", "Admin"), op.Id, [lot.Id]);

        Assert.Equal(lot.Id, Assert.Single(await access.VisibleLotsAsync(principal)).Id);
        Assert.True(await access.CanSeeAsync(principal, lot.Id));
        Assert.Equal([lot.Id], (await staff.ListAsync()).Single(s => s.Email == "op@parkshare.local").LotIds);

        await staff.SetAssignmentsAsync(new ParkShare.Core.Lots.History.ConsoleActor("test-admin", "Admin"), op.Id, []);

        Assert.False(await access.CanSeeAsync(principal, lot.Id));
    }

    [Theory]
    [InlineData("short1A", "PasswordTooShort")]
    [InlineData("alllowercase1", "PasswordRequiresUpper")]
    public async Task CreateOperator_WeakPassword_RefusedWithIdentityCode(string password, string code)
    {
        using var scope = _factory.Services.CreateScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffAdministration>();

        var errors = await staff.CreateOperatorAsync("weak@parkshare.local", "Weak", password);

        Assert.Contains(code, errors);
        Assert.DoesNotContain(await staff.ListAsync(), s => s.Email == "weak@parkshare.local");
    }

    [Fact]
    public async Task CreateOperator_DuplicateEmail_Refused()
    {
        using var scope = _factory.Services.CreateScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffAdministration>();

        var errors = await staff.CreateOperatorAsync("admin@parkshare.local", "Again", "Operator2026x");

        Assert.Contains("DuplicateUserName", errors);
    }

    public void Dispose() => _factory.Dispose();

    private static ClaimsPrincipal Principal(string userId, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role)], "test"));
}
