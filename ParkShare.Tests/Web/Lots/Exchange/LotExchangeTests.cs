using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Exchange;

namespace ParkShare.Tests.Web.Lots.Exchange;

/// <summary>The console's import service: who may import, and a replace that would remove a space a car is parked on.</summary>
public sealed class LotExchangeTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly ClaimsPrincipal Stranger =
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "nobody"), new Claim(ClaimTypes.Role, ConsoleRoles.Operator)], "test"));

    private Guid LotId => Guid.Parse(fixture.LotId);

    private LotExchange Exchange => fixture.Factory.Services.GetRequiredService<LotExchange>();

    [Fact]
    public async Task ReplaceAsync_RemovesSpaceWithCarParked_RefusedNamingItAndNothingWritten()
    {
        var (document, removed) = await DemoWithoutSpaceAsync("B3-F-030");
        using var driver = await DriverClient.SignInAsync(fixture);
        var parked = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = removed } });
        Assert.Equal(HttpStatusCode.Created, parked.StatusCode);
        var version = (await MapAsync()).Version;

        var preview = await Exchange.PreviewAsync(await AdminAsync(), LotId, document);
        var replace = await Exchange.ReplaceAsync(await AdminAsync(), LotId, document);

        Assert.Equal((LotReplaceStatus.SpacesInUse, removed), (preview!.Status, Assert.Single(preview.SpacesInUse)));
        Assert.Equal((LotReplaceStatus.SpacesInUse, removed), (replace!.Status, Assert.Single(replace.SpacesInUse)));
        var map = await MapAsync();
        Assert.Equal(version, map.Version);
        Assert.Contains(map.Spaces, s => s.Code == removed);
        var history = await fixture.Factory.Services.GetRequiredService<LotChangeLog>().PageAsync(LotId, 0, 20);
        Assert.DoesNotContain(history.Items, c => c.Kind == LotChangeKind.LotReplaced);
    }

    [Fact]
    public async Task PreviewAndReplace_OperatorNotAssigned_NullAndNothingWritten()
    {
        var (document, _) = await DemoWithoutSpaceAsync("B3-F-029");
        var version = (await MapAsync()).Version;

        Assert.Null(await Exchange.PreviewAsync(Stranger, LotId, document));
        Assert.Null(await Exchange.ReplaceAsync(Stranger, LotId, document));
        Assert.Equal(version, (await MapAsync()).Version);
    }

    [Fact]
    public async Task CreateAsync_Operator_RefusedAsNotFound()
    {
        var document = LotGeoJsonReader.Read(Core.Lots.Exchange.GeoJsonFiles.Demo).Document!;

        var outcome = await Exchange.CreateAsync(Stranger, document);

        Assert.Equal(LotEditError.NotFound, outcome.Error);
        Assert.Null(await fixture.Factory.Services.GetRequiredService<LotMapCache>().GetAsync(document.Lot.Id));
    }

    /// <summary>The demo lot as exported now, without one space, checked as the console would.</summary>
    private async Task<(LotGeoJsonDocument Document, string Removed)> DemoWithoutSpaceAsync(string code)
    {
        using var stream = new MemoryStream();
        var lot = await fixture.Factory.Services.GetRequiredService<LotImporter>().LoadAsync(LotId);
        await LotGeoJsonExporter.WriteAsync(lot!, stream);
        var root = JsonNode.Parse(stream.ToArray())!;
        var features = root["features"]!.AsArray();
        features.Remove(features.Single(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit && f["properties"]!["code"]!.GetValue<string>() == code));
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()));
        var result = await LotGeoJsonReader.ReadAsync(file);
        Assert.Empty(result.Problems);
        return (result.Document!, code);
    }

    private async Task<LotMap> MapAsync() => (await fixture.Factory.Services.GetRequiredService<LotMapCache>().GetAsync(LotId))!;

    private async Task<ClaimsPrincipal> AdminAsync()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByEmailAsync("admin@parkshare.local");
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, admin!.Id), new Claim(ClaimTypes.Role, ConsoleRoles.Admin)], "test"));
    }
}
