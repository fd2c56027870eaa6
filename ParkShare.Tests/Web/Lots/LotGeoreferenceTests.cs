using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots;

public sealed class LotGeoreferenceTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private Guid LotId => Guid.Parse(fixture.LotId);

    [Fact]
    public async Task Georeference_SavedFromControlPoints_RefiningASpaceReturnsTheNewCoordinates()
    {
        var editing = fixture.Factory.Services.GetRequiredService<LotEditing>();
        var before = await RefineAsync("B1-C-001");
        var versionBefore = (await Map()).Version;
        var target = new Georeference(31.2304, 121.4737, 40, 1);
        ControlPoint[] points = [
            new(new Point2(0, 0), target.ToWgs84(new Point2(0, 0))),
            new(new Point2(120, 0), target.ToWgs84(new Point2(120, 0))),
            new(new Point2(60, 80), target.ToWgs84(new Point2(60, 80))),
        ];

        var outcome = await editing.GeoreferenceAsync(await AdminAsync(), LotId, points);

        Assert.True(outcome.Succeeded, outcome.Error.ToString());
        var map = await Map();
        Assert.True(map.Version > versionBefore);
        var after = await RefineAsync("B1-C-001");
        var local = new Point2(after.GetProperty("local").GetProperty("x").GetDouble(), after.GetProperty("local").GetProperty("y").GetDouble());
        var expected = target.ToWgs84(local);
        var wgs = after.GetProperty("wgs84");
        Assert.True(new GeoPoint(wgs.GetProperty("lat").GetDouble(), wgs.GetProperty("lng").GetDouble()).DistanceTo(expected) < 0.01);
        Assert.True(new GeoPoint(before.GetProperty("wgs84").GetProperty("lat").GetDouble(), before.GetProperty("wgs84").GetProperty("lng").GetDouble()).DistanceTo(expected) > 1000);
        var history = await fixture.Factory.Services.GetRequiredService<LotChangeLog>().PageAsync(LotId, 0, 5);
        Assert.Equal(LotChangeKind.Georeferenced, history.Items[0].Kind);
    }

    [Fact]
    public async Task Georeference_ControlPointsOnOneSpot_IsRefusedAndChangesNothing()
    {
        var editing = fixture.Factory.Services.GetRequiredService<LotEditing>();
        var before = await Map();
        var spot = new GeoPoint(31.2304, 121.4737);

        var outcome = await editing.GeoreferenceAsync(await AdminAsync(), LotId, [new(new Point2(0, 0), spot), new(new Point2(50, 0), spot)]);

        Assert.Equal(LotEditError.ControlPointsInvalid, outcome.Error);
        Assert.Equal(nameof(GeoreferenceFitError.SameSpot), Assert.Single(outcome.Details));
        var after = await Map();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Georeference, after.Georeference);
    }

    [Fact]
    public async Task Georeference_UserWhoMayNotEdit_IsToldTheLotDoesNotExist()
    {
        var editing = fixture.Factory.Services.GetRequiredService<LotEditing>();
        var stranger = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "nobody"), new Claim(ClaimTypes.Role, ConsoleRoles.Operator)], "test"));

        var outcome = await editing.GeoreferenceAsync(stranger, LotId, [new(new Point2(0, 0), new GeoPoint(31.23, 121.47)), new(new Point2(50, 0), new GeoPoint(31.23, 121.4705))]);

        Assert.Equal(LotEditError.NotFound, outcome.Error);
    }

    private async Task<LotMap> Map() => (await fixture.Factory.Services.GetRequiredService<LotMapCache>().GetAsync(LotId))!;

    private async Task<ClaimsPrincipal> AdminAsync()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByEmailAsync("admin@parkshare.local");
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, admin!.Id), new Claim(ClaimTypes.Role, ConsoleRoles.Admin)], "test"));
    }

    private async Task<JsonElement> RefineAsync(string code)
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/mp/refine", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("resolved", body.GetProperty("status").GetString());
        return body.GetProperty("position");
    }
}
