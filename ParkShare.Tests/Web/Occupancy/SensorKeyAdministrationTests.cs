using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Staff;
using ParkShare.Tests.Fakes;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Occupancy;

public sealed class SensorKeyAdministrationTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new();

    [Fact]
    public async Task Keys_OperatorNotAssignedTheLot_CannotListCreateOrRevokeUntilAssigned()
    {
        using var scope = _factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var keys = services.GetRequiredService<SensorKeyAdministration>();
        var staff = services.GetRequiredService<StaffAdministration>();
        var users = services.GetRequiredService<UserManager<ConsoleUser>>();
        var adminUser = (await users.FindByEmailAsync("admin@parkshare.local"))!;
        var admin = Principal(adminUser.Id, adminUser.Email!, ConsoleRoles.Admin);
        var lotId = Assert.Single(await services.GetRequiredService<LotAccess>().VisibleLotsAsync(admin)).Id;
        Assert.Empty(await staff.CreateOperatorAsync("keys-op@parkshare.local", "Operator", "Operator2026x"));
        var op = (await users.FindByEmailAsync("keys-op@parkshare.local"))!;
        var outsider = Principal(op.Id, op.Email!, ConsoleRoles.Operator);
        var adminsKey = (await keys.CreateAsync(admin, lotId, "B1 camera gateway")).Key!;

        Assert.Null(await keys.ListAsync(outsider, lotId));
        Assert.Equal(LotApiKeyError.LotNotFound, (await keys.CreateAsync(outsider, lotId, "sneaky")).Error);
        Assert.Equal(LotApiKeyError.LotNotFound, (await keys.RevokeAsync(outsider, lotId, adminsKey.Id)).Error);
        Assert.True(Assert.Single((await keys.ListAsync(admin, lotId))!).IsActive);

        await staff.SetAssignmentsAsync(new ParkShare.Core.Lots.History.ConsoleActor("test-admin", "Admin"), op.Id, [lotId]);
        var created = await keys.CreateAsync(outsider, lotId, "B2 sensors");

        Assert.Equal("keys-op@parkshare.local", created.Key!.CreatedBy);
        Assert.Equal(2, (await keys.ListAsync(outsider, lotId))!.Count);
        Assert.Equal(LotApiKeyError.None, (await keys.RevokeAsync(outsider, lotId, adminsKey.Id)).Error);
    }

    public void Dispose() => _factory.Dispose();

    private static ClaimsPrincipal Principal(string userId, string email, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test"));
}
