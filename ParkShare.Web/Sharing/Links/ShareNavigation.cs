using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>"Navigate to the lot" for the friend's phone: to the lot's entrance (or its origin), in the coordinates each map app expects.</summary>
public static class ShareNavigation
{
    public static IReadOnlyList<(string Name, string Href)> Links(LotMap map, IStringLocalizer text)
    {
        var entrance = map.Levels.OrderByDescending(l => l.Ordinal).SelectMany(l => l.Landmarks).FirstOrDefault(l => l.Kind == LandmarkKind.Entrance);
        var links = MapAppLinks.For(map.Georeference.ToWgs84(entrance?.Point ?? new Point2(0, 0)), map.Name);
        return
        [
            (text["S.Map.Amap"], links.Amap),
            (text["S.Map.Tencent"], links.Tencent),
            (text["S.Map.Apple"], links.Apple),
            (text["S.Map.Other"], links.Geo),
        ];
    }
}
