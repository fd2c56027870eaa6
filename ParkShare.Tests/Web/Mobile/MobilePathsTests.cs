using ParkShare.Web.Mobile;

namespace ParkShare.Tests.Web.Mobile;

public sealed class MobilePathsTests
{
    [Theory]
    [InlineData("/m", "/m")]
    [InlineData("/m/car", "/m/car")]
    [InlineData("/m/lots?lat=31.2&lng=121.5", "/m/lots?lat=31.2&lng=121.5")]
    [InlineData(null, "/m")]
    [InlineData("", "/m")]
    [InlineData("/", "/m")]
    [InlineData("/console", "/m")]
    [InlineData("https://evil.example/m/car", "/m")]
    [InlineData("//evil.example/m/car", "/m")]
    [InlineData("/m/..//evil.example", "/m")]
    [InlineData("/m/\\evil.example", "/m")]
    [InlineData("/mevil", "/m")]
    public void LocalOrHome_ReturnUrl_OnlyMobilePagesOfThisSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, MobilePaths.LocalOrHome(returnUrl));
}
