using System.Text.Json.Nodes;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Web.Lots.Exchange;

namespace ParkShare.Tests.Web.Lots.Exchange;

public sealed class LotImportPanelTests : LotAdminComponentTest
{
    [Fact]
    public async Task Upload_NotJson_ListsTheProblemAndOffersNoImport()
    {
        var cut = Render<LotImportPanel>(ps => ps.Add(p => p.LotId, LotId));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("<html>not a lot</html>", "lot.geojson"));

        cut.WaitForAssertion(() => Assert.Equal(Text<LotImportPanel>("GeoJson.not_json"), cut.Find("[data-testid=import-problem]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=import-create], [data-testid=import-preview]"));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_RefusedWithTheLimit()
    {
        var cut = Render<LotImportPanel>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[LotGeoJson.MaxBytes + 1], "huge.geojson"));

        cut.WaitForAssertion(() => Assert.Equal(Text<LotImportPanel>("GeoJson.too_large", 20), cut.Find("[data-testid=import-error]").TextContent));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task Upload_SpaceWithControlCharacter_NamesTheFeature()
    {
        var root = JsonNode.Parse(await ExportAsync())!;
        var unit = root["features"]!.AsArray().First(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit)!;
        unit["properties"]!["label"] = "A\u0000";
        var cut = Render<LotImportPanel>(ps => ps.Add(p => p.LotId, LotId));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(root.ToJsonString(), "lot.geojson"));

        cut.WaitForAssertion(() => Assert.Contains(unit["id"]!.GetValue<string>(), cut.Find("[data-testid=import-problem]").TextContent, StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), await CountsAsync());
    }

    [Fact]
    public async Task ImportAsNewLot_ValidFile_CreatesTheLotAndOpensIt()
    {
        var cut = Render<LotImportPanel>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(await ExportAsync(), "lot.geojson"));
        cut.WaitForElement("[data-testid=import-create]");

        cut.Find("[data-testid=import-create]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches("/console/lots/[0-9a-f-]{36}$", navigation.Uri));
        Assert.Equal((2, 2, 1), await CountsAsync());
    }

    [Fact]
    public async Task Replace_PreviewShowsTheRemovalAndOnlyTheConfirmationWrites()
    {
        var root = JsonNode.Parse(await ExportAsync())!;
        var features = root["features"]!.AsArray();
        features.Remove(features.Single(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit));
        var replaced = 0;
        var cut = Render<LotImportPanel>(ps => ps.Add(p => p.LotId, LotId).Add(p => p.OnReplaced, () => replaced++));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(root.ToJsonString(), "lot.geojson"));
        cut.WaitForElement("[data-testid=import-preview]").Click();

        cut.WaitForAssertion(() => Assert.Equal("0/0/1", cut.Find("tr[data-kind=Spaces]").GetAttribute("data-changes")));
        Assert.Equal((1, 1, 0), await CountsAsync());

        cut.Find("[data-testid=import-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Text<LotImportPanel>("Import.Replaced", 0, 0, 1), cut.Find("[data-testid=import-done]").TextContent));
        Assert.Equal((1, 1, 1), await CountsAsync());
        Assert.Equal(1, replaced);
    }

    private async Task<string> ExportAsync()
    {
        var lot = await Services.GetRequiredService<LotImporter>().LoadAsync(LotId);
        using var stream = new MemoryStream();
        await LotGeoJsonExporter.WriteAsync(lot!, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
