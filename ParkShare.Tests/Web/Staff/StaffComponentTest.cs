using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using ParkShare.Core.Data;
using ParkShare.Core.Staff;
using ParkShare.Tests.Web.Lots;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Staff;

/// <summary>bUnit with the real staff services and Identity over the lot-admin test database; the signed-in Admin is "admin-id".</summary>
public abstract class StaffComponentTest : LotAdminComponentTest
{
    public const string OperatorEmail = "op@example.com";

    protected StaffComponentTest()
    {
        Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContext());
        Services.AddIdentityCore<ConsoleUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ParkShareDbContext>();
        Services.AddOptions<StaffOptions>();
        Services.AddSingleton<StaffAuditLog>();
        Services.AddSingleton<StaffLots>();
        Services.AddSingleton<StaffAccounts>();
        Services.AddSingleton<StaffInvitations>();
        Services.AddSingleton<StaffPasswordResets>();
        Services.AddScoped<StaffAdministration>();
    }

    protected FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    /// <summary>The Admin the page is signed in as, and an operator; returns the operator's id.</summary>
    protected async Task<string> SeedStaffAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        // The base seeds a bare "admin-id" Admin (console writes check the database); this one signs in with a password.
        Assert.True((await users.DeleteAsync((await users.FindByIdAsync("admin-id"))!)).Succeeded);
        var admin = new ConsoleUser { Id = "admin-id", UserName = "admin@parkshare.local", Email = "admin@parkshare.local", DisplayName = "Administrator" };
        Assert.True((await users.CreateAsync(admin, "ParkShare!2026")).Succeeded);
        await users.AddToRoleAsync(admin, ConsoleRoles.Admin);
        var op = new ConsoleUser { UserName = OperatorEmail, Email = OperatorEmail, DisplayName = "王强" };
        Assert.True((await users.CreateAsync(op, "Operator2026x")).Succeeded);
        await users.AddToRoleAsync(op, ConsoleRoles.Operator);
        return op.Id;
    }

    /// <summary>MudSelect's lists open in popovers, which need a provider in the render tree.</summary>
    protected IRenderedComponent<T> RenderWithPopovers<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        Render<MudPopoverProvider>();
        return Render<T>(parameters);
    }
}
