using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Markers;
using ParkShare.Core.Refinement;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Markers;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ParkShare.Tests.Web.Lots.Markers;

public sealed partial class MarkerSheetTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task PngSheet_EveryQrCode_DecodesToAUrlTheRefinerResolvesToItsMarker()
    {
        using var client = await ConsoleSession.AdminAsync(fixture.Factory);
        var map = (await Map())!;
        var level = map.Levels.Single(l => l.Name == "B1");
        var labels = MarkerSheet.Labels(map, level.Id);

        var response = await client.GetAsync($"/api/console/lots/{fixture.LotId}/markers.png?level={level.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        var urls = DecodeCells(bitmap);
        Assert.Equal(Math.Min(MarkerSheetRenderer.PerPage, labels.Count), urls.Count);
        Assert.Contains(labels.Take(urls.Count), l => l.Kind == MarkerKind.Pillar);
        var refiner = fixture.Factory.Services.GetRequiredService<PositionRefiner>();
        for (var i = 0; i < urls.Count; i++)
        {
            var url = new Uri(urls[i]!);
            Assert.Equal("/m/park", url.AbsolutePath);
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
            Assert.Equal(fixture.LotId, query["lot"].ToString());
            var code = query["marker"].ToString();
            Assert.Equal(labels[i].Code, code);
            var refined = refiner.Refine(map, new MarkerPosition(code));
            if (labels[i].Kind == MarkerKind.Space)
            {
                Assert.Equal(RefinementStatus.Resolved, refined.Status);
                Assert.Equal(code, refined.Position!.Space.Code);
            }
            else
            {
                // A pillar stands among several spaces: the refiner offers the ones around it, on its level.
                var pillar = level.Landmarks.Single(l => l.MarkerCode == code);
                var found = refined.Position is { } p ? [p] : refined.Candidates;
                Assert.NotEmpty(found);
                Assert.All(found, c => Assert.True(c.Level.Id == level.Id && c.Space.Centroid.DistanceTo(pillar.Point) < 10));
            }
        }
    }

    [Fact]
    public async Task PdfSheet_AllLevels_IsAPdfWithOnePagePerTwelveLabels()
    {
        using var client = await ConsoleSession.AdminAsync(fixture.Factory);
        var labels = MarkerSheet.Labels((await Map())!);

        var bytes = await client.GetByteArrayAsync($"/api/console/lots/{fixture.LotId}/markers.pdf");

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var pages = PagePattern().Count(System.Text.Encoding.Latin1.GetString(bytes));
        Assert.Equal(MarkerSheetRenderer.PageCount(labels.Count), pages);
        Assert.True(pages > 1);
    }

    [Fact]
    public async Task PrintPage_OneLevel_ListsEveryMarkerOfThatLevelOnly()
    {
        using var client = await ConsoleSession.AdminAsync(fixture.Factory);
        var map = (await Map())!;
        var level = map.Levels.Single(l => l.Name == "B2");
        var expected = level.Spaces.Select(s => s.Code).Concat(level.Landmarks.Where(l => l.MarkerCode is not null).Select(l => l.MarkerCode!)).Order().ToList();

        var html = await client.GetStringAsync($"/console/lots/{fixture.LotId}/markers?level={level.Id}");

        var codes = CodePattern().Matches(html).Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal(expected, codes);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_AnonymousOrUnknownLotOrPage_AreRefused()
    {
        using var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var admin = await ConsoleSession.AdminAsync(fixture.Factory);

        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/console/lots/{fixture.LotId}/markers.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/console/lots/{Guid.NewGuid()}/markers.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/console/lots/{fixture.LotId}/markers.png?level={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/console/lots/{fixture.LotId}/markers.png?page=999")).StatusCode);
    }

    private Task<LotMap?> Map() => fixture.Factory.Services.GetRequiredService<LotMapCache>().GetAsync(Guid.Parse(fixture.LotId));

    /// <summary>Crops each label cell of the A4 layout and decodes its QR code, in reading order.</summary>
    private static List<string?> DecodeCells(SKBitmap page)
    {
        var scale = page.Width / 595f;
        float cellWidth = (595 - 72) / 3f, cellHeight = (842 - 72) / 4f;
        var urls = new List<string?>();
        for (var i = 0; i < MarkerSheetRenderer.PerPage; i++)
        {
            float left = 36 + (i % 3 * cellWidth), top = 36 + (i / 3 * cellHeight);
            // The whole cell as a person would frame it, then just the code (132 pt square, 16 pt below the cell's top) with a
            // margin, then that enlarged: a phone's scanner retries likewise, and a cell's text or dashed border can mislead
            // the binarizer for some code contents.
            var cell = new SKRect(left, top, left + cellWidth, top + cellHeight);
            var centre = left + (cellWidth / 2);
            var code = new SKRect(centre - 66 - 6, top + 16 - 6, centre + 66 + 6, top + 16 + 132 + 6);
            var text = Decode(page, cell, scale, 1) ?? Decode(page, code, scale, 1) ?? Decode(page, code, scale, 3);
            if (text is not null)
            {
                urls.Add(text);
            }
        }

        return urls;
    }

    private static string? Decode(SKBitmap page, SKRect area, float scale, int enlarge)
    {
        var rect = SKRectI.Round(new SKRect(area.Left * scale, area.Top * scale, area.Right * scale, area.Bottom * scale));
        using var cell = new SKBitmap();
        if (!page.ExtractSubset(cell, rect))
        {
            return null;
        }

        using var sized = enlarge == 1
            ? cell.Copy(SKColorType.Bgra8888)
            : cell.Resize(new SKImageInfo(rect.Width * enlarge, rect.Height * enlarge, SKColorType.Bgra8888), SKSamplingOptions.Default);
        var source = new RGBLuminanceSource(sized.Bytes, sized.Width, sized.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        var reader = new QRCodeReader();
        return (reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
            ?? reader.decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints))?.Text;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PagePattern();

    [GeneratedRegex("data-code=\"([^\"]+)\"")]
    private static partial Regex CodePattern();
}
