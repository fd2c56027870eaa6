using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;
using ParkShare.Tests.Fakes;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

/// <summary>The real host with a clock the test moves, for the staff services and the invite and reset pages.</summary>
public sealed class StaffSite : IDisposable
{
    public const string AdminEmail = "admin@parkshare.local";
    private readonly ParkShareWebFactory _root = new();

    public StaffSite()
    {
        Factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Configuration overrides; set them before the first request or service.</summary>
    public Dictionary<string, string?> Settings => _root.Settings;

    public WebApplicationFactory<Program> Factory { get; }

    public StaffInvitations Invitations => Factory.Services.GetRequiredService<StaffInvitations>();

    public StaffPasswordResets Resets => Factory.Services.GetRequiredService<StaffPasswordResets>();

    public StaffAccounts Accounts => Factory.Services.GetRequiredService<StaffAccounts>();

    public ParkShareDbContext Db() => Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContext();

    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<ClaimsPrincipal> AdminAsync() => Principal((await UserAsync(AdminEmail))!, ConsoleRoles.Admin);

    public async Task<Guid> DemoLotAsync()
    {
        await using var db = Db();
        return await db.Lots.Select(l => l.Id).FirstAsync();
    }

    public async Task<ConsoleUser?> UserAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByEmailAsync(email);
    }

    public async Task<bool> CheckPasswordAsync(string email, string password)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        return await users.FindByEmailAsync(email) is { } user && await users.CheckPasswordAsync(user, password);
    }

    /// <summary>An account made the way the console makes them: an invite accepted with <paramref name="password"/>.</summary>
    public async Task<ConsoleUser> InvitedAsync(string email, string role, string password = "Welcome2026x", params Guid[] lots)
    {
        var invite = await Invitations.CreateAsync(await AdminAsync(), new StaffInviteRequest(email, "Staff " + email[..2], role, lots));
        Assert.True(invite.Succeeded, invite.Error.ToString());
        Assert.True((await Invitations.AcceptAsync(invite.Token, password, password)).Succeeded);
        return (await UserAsync(email))!;
    }

    public async Task<List<StaffAuditEntry>> AuditAsync()
    {
        await using var db = Db();
        return [.. (await db.StaffAuditEntries.AsNoTracking().ToListAsync()).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)];
    }

    public static ClaimsPrincipal Principal(ConsoleUser user, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Email!), new Claim(ClaimTypes.Role, role)], "test"));

    public void Dispose()
    {
        Factory.Dispose();
        _root.Dispose();
    }
}
