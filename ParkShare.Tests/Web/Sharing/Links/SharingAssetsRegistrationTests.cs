using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Tests.Web.Sharing.Links;

public sealed class SharingAssetsRegistrationTests
{
    [Fact]
    public void AddParkShareSharingAssets_Registers_SingletonQrCodesAndPoster()
    {
        var builder = WebApplication.CreateSlimBuilder().AddParkShareSharingAssets();

        using var services = builder.Services.BuildServiceProvider();

        Assert.Same(services.GetRequiredService<ShareQrCodes>(), services.GetRequiredService<ShareQrCodes>());
        Assert.NotNull(services.GetRequiredService<SharePoster>());
    }
}
