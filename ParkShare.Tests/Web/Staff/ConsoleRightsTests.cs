using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;
using ParkShare.Tests.Fakes;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

/// <summary>
/// An open console tab keeps the claims it signed in with: every write checks the user's current role, lock and
/// security stamp in the database, and the circuit's revalidation ends it after a lock, a role change or a reset.
/// </summary>
public sealed class ConsoleRightsTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new();

    public static TheoryData<string> Changes() => ["demoted", "locked", "password reset", "unassigned"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Write_OperatorChangedAfterTheTabSignedIn_OpenCircuitCanNoLongerEditTheLot(string change)
    {
        using var scope = _factory.Services.CreateScope();
        var (principal, user, lotId) = await SignedInOperatorAsync(scope.ServiceProvider);
        var editing = scope.ServiceProvider.GetRequiredService<LotEditing>();
        Assert.True((await editing.DescribeLotAsync(principal, lotId, "Before the change", null)).Succeeded);

        await ChangeAsync(scope.ServiceProvider, user, change);

        var outcome = await editing.DescribeLotAsync(principal, lotId, "After the change", null);
        Assert.False(outcome.Succeeded);
        Assert.False(await scope.ServiceProvider.GetRequiredService<LotAccess>().CanEditAsync(principal, lotId));
    }

    [Theory]
    [InlineData("demoted", false)]
    [InlineData("locked", false)]
    [InlineData("password reset", false)]
    [InlineData("unassigned", true)]
    public async Task Revalidate_OperatorChangedAfterSignIn_CircuitEndsAfterALockRoleChangeOrReset(string change, bool stillValid)
    {
        using var scope = _factory.Services.CreateScope();
        var (principal, user, lotId) = await SignedInOperatorAsync(scope.ServiceProvider);
        var circuit = (ConsoleAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        Assert.True(await circuit.IsStillValidAsync(principal, CancellationToken.None));

        await ChangeAsync(scope.ServiceProvider, user, change);

        Assert.Equal(stillValid, await circuit.IsStillValidAsync(principal, CancellationToken.None));
    }

    [Fact]
    public async Task CreateLot_AdminDemotedAfterSignIn_Refused()
    {
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ConsoleUser>>();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<StaffAdministration>().CreateOperatorAsync("second-admin@parkshare.local", "Second", "Operator2026x"));
        var user = (await users.FindByEmailAsync("second-admin@parkshare.local"))!;
        await users.RemoveFromRoleAsync(user, ConsoleRoles.Operator);
        await users.AddToRoleAsync(user, ConsoleRoles.Admin);
        var principal = await signIn.CreateUserPrincipalAsync(user);

        await users.RemoveFromRoleAsync(user, ConsoleRoles.Admin);
        await users.AddToRoleAsync(user, ConsoleRoles.Operator);

        var outcome = await scope.ServiceProvider.GetRequiredService<LotEditing>().CreateLotAsync(principal, new LotDraft("Ghost lot", "Nowhere", "Asia/Shanghai"));
        Assert.False(outcome.Succeeded);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<(ClaimsPrincipal Principal, ConsoleUser User, Guid LotId)> SignedInOperatorAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<ConsoleUser>>();
        var email = $"op-{Guid.NewGuid():N}@parkshare.local";
        Assert.Empty(await services.GetRequiredService<StaffAdministration>().CreateOperatorAsync(email, "Operator", "Operator2026x"));
        var user = (await users.FindByEmailAsync(email))!;
        var admin = await services.GetRequiredService<SignInManager<ConsoleUser>>().CreateUserPrincipalAsync((await users.FindByEmailAsync("admin@parkshare.local"))!);
        var lotId = Assert.Single(await services.GetRequiredService<LotAccess>().VisibleLotsAsync(admin)).Id;
        await services.GetRequiredService<StaffAdministration>().SetAssignmentsAsync(new ConsoleActor("test", "Test"), user.Id, [lotId]);
        // The principal a console tab holds: the cookie's claims, security stamp included, fixed at sign-in.
        var principal = await services.GetRequiredService<SignInManager<ConsoleUser>>().CreateUserPrincipalAsync(user);
        return (principal, user, lotId);
    }

    private static async Task ChangeAsync(IServiceProvider services, ConsoleUser user, string change)
    {
        var users = services.GetRequiredService<UserManager<ConsoleUser>>();
        user = (await users.FindByIdAsync(user.Id))!;
        switch (change)
        {
            case "demoted":
                await users.RemoveFromRoleAsync(user, ConsoleRoles.Operator);
                break;
            case "locked":
                await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
                break;
            case "password reset":
                await users.RemovePasswordAsync(user);
                await users.AddPasswordAsync(user, "Another2026pass");
                break;
            default:
                await services.GetRequiredService<StaffAdministration>().SetAssignmentsAsync(new ConsoleActor("test", "Test"), user.Id, []);
                break;
        }
    }
}
