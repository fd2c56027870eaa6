using ParkShare.Web.Lots.Exchange;

namespace ParkShare.Web.Api;

/// <summary>The console's GeoJSON export and import of lots.</summary>
public static partial class OpenApiExamples
{
    private static readonly (int, string) ConsoleSignedOut = (401, "unauthorized");
    private static readonly (int, string) GeoJsonInvalid = (400, "geojson_invalid");
    private static readonly (int, string) CsrfMissing = (400, "csrf_header_required");
    private static readonly (int, string) GeoJsonTooLarge = (413, "geojson_too_large");

    private static Dictionary<string, object?> SampleGeoJson => new()
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

    private static Dictionary<string, OperationDoc> ConsoleOperations => new()
    {
        ["ExportLotGeoJson"] = new(
            "Export a lot as GeoJSON",
            "Console sign-in (an Admin, or an Operator assigned to the lot). A FeatureCollection in the spirit of Apple IMDF: venue, level, section (zone), "
            + "unit (space), opening, amenity and fixture (landmarks, pillars with marker codes), footpath_node, footpath and relationship (vertical connectors), "
            + "each with its id. Coordinates are WGS84 [lng, lat] when the lot is georeferenced (`parkshare:crs` = `wgs84`), else lot-local metres.",
            SampleGeoJson, null, [ConsoleSignedOut, (404, "lot_not_found")]),
        ["ImportLotGeoJson"] = new(
            "Import a GeoJSON file as a new lot",
            "Admins only; send the `X-ParkShare-Csrf` header. The file (at most 20 MB, 100 000 features) is checked whole: every problem names the feature "
            + "(`features[i]`: type, id and what is wrong). Nothing is written unless the whole file is valid; the new lot gets new ids.",
            new LotImportedDto(LotId, "陆家嘴滨江停车场", 3, 864, "陆家嘴滨江停车场: 3 levels, 864 spaces (GeoJSON)"), SampleGeoJson,
            [GeoJsonInvalid, CsrfMissing, ConsoleSignedOut, (403, "admin_required"), GeoJsonTooLarge, NotJson]),
        ["ReplaceLotGeoJson"] = new(
            "Replace a lot from a GeoJSON file",
            "`preview=true` (the default) says what a replace would add, change and remove per kind and which spaces in use (live reservations, parked cars) "
            + "would disappear, writing nothing; `preview=false` replaces the lot's levels and connectors in one transaction, keeping the ids of the elements "
            + "the file shares with the lot (by id, then levels by name, zones and spaces by code), and records it in the lot history.",
            new LotReplaceDto("previewed", new Dictionary<string, ChangeCountDto> { ["spaces"] = new(2, 5, 1) }, []), SampleGeoJson,
            [GeoJsonInvalid, CsrfMissing, ConsoleSignedOut, (404, "lot_not_found"), (409, "lot_spaces_in_use"), GeoJsonTooLarge, NotJson]),
    };
}
