using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Parking;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Parking;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>"My car" and the home page's notices on the phone, without script.</summary>
public sealed class MobileCarTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task CarPhoto_JpegWithGps_StoredWithoutMetadataAndShown()
    {
        using var phone = await ParkedAsync("B2-D-030");

        var upload = await phone.PostFileAsync("/m/car", "photo", "Photo", TestImages.JpegWithExif(300, 200, 6), "spot.jpg", "image/jpeg");

        Assert.Equal("/m/car?done=photo", MobileClient.Target(upload));
        var page = await phone.PageAsync("/m/car");
        var src = System.Text.RegularExpressions.Regex.Match(page, "src=\"(api/mp/records/[^\"]+/photo\\?v=\\d+)\"").Groups[1].Value;
        var photo = await phone.Http.GetByteArrayAsync("/" + src);
        Assert.False(TestImages.Contains(photo, "Exif"));
        Assert.False(TestImages.Contains(photo, "GPS"));
    }

    [Fact]
    public async Task CarPhoto_NotAnImage_ClearMessageAndNothingStored()
    {
        using var phone = await ParkedAsync("B2-D-031");

        var upload = await phone.PostFileAsync("/m/car", "photo", "Photo", "not a picture"u8.ToArray(), "spot.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var html = await upload.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"m-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"car-photo\"", await phone.PageAsync("/m/car"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectPosition_OtherSpaceCode_CarMovesThere()
    {
        using var phone = await ParkedAsync("B2-D-032");

        var corrected = await phone.PostFormAsync("/m/car", "correct", new() { ["Code"] = "负二层D区33号" });

        Assert.Equal("/m/car?done=corrected", MobileClient.Target(corrected));
        Assert.Contains("data-testid=\"car\" data-code=\"B2-D-033\"", await phone.PageAsync("/m/car"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectPosition_UnknownOrEmptyCode_ClearMessageAndTheCarStays()
    {
        using var phone = await ParkedAsync("B2-D-034");

        var unknown = await (await phone.PostFormAsync("/m/car", "correct", new() { ["Code"] = "Z9-Q-999" })).Content.ReadAsStringAsync();
        var empty = await (await phone.PostFormAsync("/m/car", "correct", new() { ["Code"] = "" })).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"m-error\"", unknown, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-error\"", empty, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"car\" data-code=\"B2-D-034\"", await phone.PageAsync("/m/car"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_StaffCancelledReservation_NoticeWithReasonThenMarkedRead()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        var path = $"/m/lots/{fixture.LotId}/levels/{fixture.LevelId("B3")}?s=B3-E-005";
        var start = DateTime.UtcNow.AddHours(8).AddMinutes(30).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var reserved = await phone.PostFormAsync(path, "reserve", new() { ["Start"] = start, ["Minutes"] = "60" });
        var reservationId = Guid.Parse(MobileClient.Target(reserved).Split('/').Last());
        var staff = fixture.Factory.Services.GetRequiredService<LotOperations>();
        Assert.True(await staff.CancelAsync(Guid.Parse(fixture.LotId), reservationId, "消防检查"));

        var home = await phone.PageAsync("/m");
        Assert.Contains("data-kind=\"reservationCancelledByStaff\"", home, StringComparison.Ordinal);
        Assert.Contains("消防检查", home, StringComparison.Ordinal);

        Assert.Equal("/m", MobileClient.Target(await phone.PostFormAsync("/m", "read-all", [])));
        Assert.DoesNotContain("data-testid=\"notice\"", await phone.PageAsync("/m"), StringComparison.Ordinal);
        Assert.Contains("消防检查", await phone.PageAsync($"/m/reservations/{reservationId}"), StringComparison.Ordinal);
    }

    private async Task<MobileClient> ParkedAsync(string code)
    {
        var phone = await MobileClient.SignInAsync(fixture);
        var parked = await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = fixture.LotId, ["Kind"] = "spaceCode", ["Code"] = code });
        Assert.Equal("/m/car?done=parked", MobileClient.Target(parked));
        return phone;
    }
}
