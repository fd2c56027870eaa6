using ParkShare.Web.Api;
using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>Example bodies of the console's GeoJSON export and import.</summary>
public static class LotExchangeExamples
{
    public static readonly Dictionary<string, object?> GeoJson = new()
    {
        ["type"] = "FeatureCollection",
        ["parkshare:crs"] = "wgs84",
        ["features"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["type"] = "Feature", ["id"] = LotId, ["feature_type"] = "venue", ["geometry"] = null,
                ["properties"] = new Dictionary<string, object?>
                {
                    ["name"] = "陆家嘴滨江停车场", ["address"] = "上海市浦东新区滨江大道 2967 号", ["time_zone"] = "Asia/Shanghai",
                    ["georeference"] = new { origin_lat = 31.2397, origin_lng = 121.4997, rotation_degrees = 15, meters_per_unit = 1 },
                },
            },
            new Dictionary<string, object?>
            {
                ["type"] = "Feature", ["id"] = SpaceId, ["feature_type"] = "unit",
                ["geometry"] = new { type = "Polygon", coordinates = new[] { new[] { new[] { 121.5001, 31.2399 }, new[] { 121.50013, 31.2399 }, new[] { 121.50013, 31.23995 }, new[] { 121.5001, 31.2399 } } } },
                ["properties"] = new Dictionary<string, object?>
                {
                    ["level_id"] = LevelB2, ["section_id"] = null, ["category"] = "parking", ["code"] = "B2-C-017", ["number"] = 17, ["label"] = "C-017",
                    ["kind"] = "Standard", ["reservable"] = true, ["disabled"] = false,
                },
            },
        },
    };

    public static readonly LotImportedDto Imported = new(LotId, "陆家嘴滨江停车场", 3, 864, "陆家嘴滨江停车场: 3 levels, 864 spaces (GeoJSON)");

    public static readonly LotReplaceDto Replace = new("previewed", new Dictionary<string, ChangeCountDto> { ["spaces"] = new(2, 5, 1) }, []);
}
