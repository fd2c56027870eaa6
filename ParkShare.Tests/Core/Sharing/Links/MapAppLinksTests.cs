using ParkShare.Core.Lots;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Tests.Core.Sharing.Links;

public sealed class MapAppLinksTests
{
    [Fact]
    public void For_PointInBeijing_ExactUris()
    {
        // GCJ-02 of (39.915, 116.404) is (39.91640428150164, 116.41024449916938): coordtransform's
        // published pair, see Gcj02Tests.
        var links = MapAppLinks.For(new GeoPoint(39.915, 116.404), "B2-C-017");

        Assert.Equal("geo:39.915000,116.404000?q=39.915000,116.404000(B2-C-017)", links.Geo);
        Assert.Equal("https://uri.amap.com/marker?position=116.410244,39.916404&name=B2-C-017&coordinate=gaode&callnative=1", links.Amap);
        Assert.Equal("https://apis.map.qq.com/uri/v1/marker?marker=coord:39.916404,116.410244;title:B2-C-017&referer=ParkShare", links.Tencent);
        Assert.Equal("https://maps.apple.com/?ll=39.916404,116.410244&q=B2-C-017", links.Apple);
    }

    [Fact]
    public void For_ChineseLabelWithAmpersand_PercentEncodedUtf8()
    {
        const string Encoded = "%E4%B8%87%E8%BE%BE%20%26%20%E8%B4%9F%E4%BA%8C%E5%B1%82%28C%E5%8C%BA%29%3B";

        var links = MapAppLinks.For(new GeoPoint(31.2304, 121.4737), "万达 & 负二层(C区);");

        Assert.Equal($"geo:31.230400,121.473700?q=31.230400,121.473700({Encoded})", links.Geo);
        Assert.Equal($"https://uri.amap.com/marker?position=121.478223,31.228458&name={Encoded}&coordinate=gaode&callnative=1", links.Amap);
        Assert.Equal($"https://apis.map.qq.com/uri/v1/marker?marker=coord:31.228458,121.478223;title:{Encoded}&referer=ParkShare", links.Tencent);
        Assert.Equal($"https://maps.apple.com/?ll=31.228458,121.478223&q={Encoded}", links.Apple);
        var query = new Uri(links.Amap).Query.TrimStart('?').Split('&');
        Assert.Equal(4, query.Length);
        Assert.Contains("name=" + Encoded, query);
    }

    [Fact]
    public void For_PointOutsideChina_AllAppsGetWgs84()
    {
        var links = MapAppLinks.For(new GeoPoint(48.8584, 2.2945), "P");

        Assert.StartsWith("geo:48.858400,2.294500?", links.Geo);
        Assert.Contains("position=2.294500,48.858400&", links.Amap);
        Assert.Contains("coord:48.858400,2.294500;", links.Tencent);
        Assert.Contains("ll=48.858400,2.294500&", links.Apple);
    }

    [Fact]
    public void For_CommaDecimalCulture_CoordinatesStayInvariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var links = MapAppLinks.For(new GeoPoint(48.8584, 2.2945), "P");

            Assert.Equal("https://maps.apple.com/?ll=48.858400,2.294500&q=P", links.Apple);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void For_BlankLabelOrInvalidPoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => MapAppLinks.For(new GeoPoint(31.2, 121.4), " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => MapAppLinks.For(new GeoPoint(91, 121.4), "P"));
    }
}
