using System.Globalization;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// Builds the links a share page offers to navigate to a parked car. The <c>geo:</c> URI carries
/// WGS84 (its RFC says so); Amap, Tencent and Apple Maps (which uses GCJ-02 inside China) get the
/// point converted with <see cref="Gcj02"/>. Coordinates are invariant-culture with 6 decimals
/// (~0.1 m); the label is percent-encoded everywhere, so '&amp;', ';' or '(' in a lot name cannot
/// break out of its parameter.
/// </summary>
public static class MapAppLinks
{
    /// <summary>Who is asking, as Tencent's URI API requires.</summary>
    public const string TencentReferer = "ParkShare";

    public static MapAppLinkSet For(GeoPoint wgs84, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!wgs84.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(wgs84), wgs84, "Not a valid latitude/longitude.");
        }

        var gcj = Gcj02.FromWgs84(wgs84);
        var name = Uri.EscapeDataString(label.Trim());
        var (lat, lng) = (Format(wgs84.Lat), Format(wgs84.Lng));
        var (gLat, gLng) = (Format(gcj.Lat), Format(gcj.Lng));

        return new MapAppLinkSet(
            Geo: $"geo:{lat},{lng}?q={lat},{lng}({name})",
            Amap: $"https://uri.amap.com/marker?position={gLng},{gLat}&name={name}&coordinate=gaode&callnative=1",
            Tencent: $"https://apis.map.qq.com/uri/v1/marker?marker=coord:{gLat},{gLng};title:{name}&referer={TencentReferer}",
            Apple: $"https://maps.apple.com/?ll={gLat},{gLng}&q={name}");
    }

    private static string Format(double degrees) => degrees.ToString("F6", CultureInfo.InvariantCulture);
}
