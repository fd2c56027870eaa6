using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Data;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;
using ParkShare.Core.Staff;
using ParkShare.Tests.Core;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Web.Lots;

/// <summary>bUnit with the real lot-editing services over a migrated SQLite file holding one lot with level B1.</summary>
public abstract class LotAdminComponentTest : ParkShareComponentTest, IAsyncLifetime
{
    private readonly TempDatabase _contexts = new();

    protected LotAdminComponentTest()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        Services.AddLogging();
        Services.AddSingleton<IDbContextFactory<ParkShareDbContext>>(_contexts);
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<LotMapCache>();
        Services.AddSingleton<LotChangeLog>();
        Services.AddSingleton<LotWriter>();
        Services.AddSingleton<LotEditor>();
        Services.AddSingleton<LevelRemoval>();
        Services.AddSingleton<ConnectorEditor>();
        Services.AddSingleton<LotGeoreferencer>();
        Services.AddSingleton<FloorPlanService>();
        Services.AddSingleton<LotAccess>();
        Services.AddSingleton<LotEditing>();
        Services.AddSingleton<SpaceStateNotifier>();
        Services.AddSingleton<LotImporter>();
        Services.AddSingleton<LotExchange>();
        Auth = AddAuthorization();
        Auth.SetAuthorized("admin@parkshare.local");
        Auth.SetRoles(ConsoleRoles.Admin);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"));
    }

    protected Bunit.TestDoubles.BunitAuthorizationContext Auth { get; }

    protected Guid LotId { get; private set; }

    protected Guid B1 { get; private set; }

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        var lot = Lot.Create("Test lot", "Somewhere", "Asia/Shanghai", Georeference.None);
        var b1 = lot.AddLevel("B1", -1, Polygon2.Rectangle(0, 0, 50, 40));
        b1.AddSpace(null, "B1-A-001", 1, Polygon2.Rectangle(0, 0, 2.5, 5), SpaceKind.Standard);
        db.Lots.Add(lot);
        // The signed-in admin exists with that role: console writes check the database, not only the claims.
        db.Users.Add(new ConsoleUser { Id = "admin-id", UserName = "admin@parkshare.local", Email = "admin@parkshare.local", SecurityStamp = "stamp" });
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "admin-id", RoleId = ConsoleRoles.AdminRoleId });
        await db.SaveChangesAsync();
        (LotId, B1) = (lot.Id, b1.Id);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // MudBlazor's key interceptor is only async-disposable: dispose the renderer and services asynchronously first.
        await DisposeAsync();
        _contexts.Dispose();
    }

    protected string Text<T>(string key, params object[] args) => Services.GetRequiredService<IStringLocalizer<T>>()[key, args].Value;

    /// <summary>What the database holds: lots, levels and history entries.</summary>
    protected async Task<(int Lots, int Levels, int Changes)> CountsAsync()
    {
        await using var db = _contexts.CreateDbContext();
        return (await db.Lots.CountAsync(), await db.Levels.CountAsync(), await db.LotChanges.CountAsync());
    }
}
