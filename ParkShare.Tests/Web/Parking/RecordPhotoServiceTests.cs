using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Parking;
using ParkShare.Tests.Support;
using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

public sealed class RecordPhotoServiceTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task AttachAsync_RecordEndedSinceTheCheck_RefusedAndNoFileLeft()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var driverId = Guid.Parse((await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("driverId").GetString()!);
        var id = await RecordPhotosApiTests.ParkAsync(driver, fixture.LotId, "B3-C-001");
        await driver.PostAsync($"/api/mp/records/{id}/end", null);
        var photos = fixture.Factory.Services.GetRequiredService<RecordPhotoService>();

        var ended = await photos.AttachAsync(driverId, Guid.Parse(id), TestImages.Jpeg(10, 10));
        var unknown = await photos.AttachAsync(driverId, Guid.NewGuid(), TestImages.Jpeg(10, 10));

        Assert.Equal(ParkingError.AlreadyEnded, ended.Error);
        Assert.Equal(ParkingError.NotFound, unknown.Error);
        Assert.Empty(RecordPhotosApiTests.PhotoFiles(fixture.Factory, id));
        Assert.Empty(Directory.EnumerateFiles(fixture.Factory.PhotosPath, "*.tmp"));
    }

    [Fact]
    public async Task AttachAsync_ActiveRecord_PublishesTheFileAndVersionsMoveForward()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var driverId = Guid.Parse((await driver.GetFromJsonAsync<JsonElement>("/api/mp/me")).GetProperty("driverId").GetString()!);
        var id = Guid.Parse(await RecordPhotosApiTests.ParkAsync(driver, fixture.LotId, "B3-C-002"));
        var photos = fixture.Factory.Services.GetRequiredService<RecordPhotoService>();

        var first = await photos.AttachAsync(driverId, id, [1, 2, 3]);
        var second = await photos.AttachAsync(driverId, id, [4, 5]);

        Assert.True(second.Record!.PhotoUpdatedAtUtc > first.Record!.PhotoUpdatedAtUtc);
        Assert.Equal([4, 5], await File.ReadAllBytesAsync(Path.Combine(fixture.Factory.PhotosPath, $"{id}.jpg")));
        Assert.Equal([$"{id}.jpg"], RecordPhotosApiTests.PhotoFiles(fixture.Factory, id.ToString()));
    }
}
