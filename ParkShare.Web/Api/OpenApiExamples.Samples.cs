using ParkShare.Web.Lots;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Api;

/// <summary>Example bodies, built from the real wire types so they cannot drift from the shapes.</summary>
public static partial class OpenApiExamples
{
    private const string LotId = "01a21861-a2ba-71e6-8650-9f5613b592d3";
    private const string LevelB1 = "01a21861-a2c1-7bad-addc-8c4b94fd19f6";
    private const string LevelB2 = "01a21861-a2d3-747c-a0b5-4a297a7e8e78";
    private const string SpaceId = "01a21861-a2d5-7e9a-ae9e-bda5f2f76e9b";
    private const string ReservationId = "01a2187f-03c4-7d1e-9b1a-2f0c1d4e5a61";
    private const string RecordId = "01a21880-1b2c-7a3d-8e4f-5a6b7c8d9e0f";
    private const string Cursor = "CfDJ8Nq3v0oT…(opaque; pass it back unchanged)";
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 30, 0, TimeSpan.Zero);

    private static readonly LotSummaryDto LotSummary = new(
        LotId, "陆家嘴滨江停车场", "上海市浦东新区滨江大道 2967 号",
        [new LevelSummaryDto(LevelB1, "B1", -1), new LevelSummaryDto(LevelB2, "B2", -2)], 1079);

    private static readonly DetailedPositionDto Position = new(
        new LotRefDto(LotId, "陆家嘴滨江停车场"),
        new LevelRefDto(LevelB2, "B2", -2),
        new ZoneRefDto("C", "C"),
        new SpaceRefDto(SpaceId, "B2-C-017", "C-017", "standard"),
        new LocalPointDto(89.25, 57.5),
        new Wgs84Dto(31.2399914, 121.5007621),
        new NearestLandmarkDto("stairs", "2号楼梯", 15.9),
        new RouteDto(
            88.6,
            [new RouteStepDto("从B1层2号入口出发", LevelB1), new RouteStepDto("乘坐4号电梯到B2层", LevelB1), new RouteStepDto("C-017车位在您的右侧", LevelB2)],
            [new RouteLegDto(LevelB1, [[114, 36], [99.8, 36], [99.8, 42]]), new RouteLegDto(LevelB2, [[99.8, 42], [99.8, 36], [89.25, 52]])]),
        "spaceCode");

    private static readonly ReservationDto Reservation = new(
        ReservationId, LotId, SpaceId, "B2-C-017", Start, Start.AddHours(2), Start.AddMinutes(15), "active", null);

    private static readonly ParkingRecordDto Record = new(
        RecordId, LotId, "active", Position, "B2-C-017", "B2", "C", Start, null, "沪A12345", "后备箱有雨伞", Start.AddDays(3), null, $"/api/mp/records/{RecordId}/photo?v=1764140400000");

    private static readonly CreateReservationRequest ReservationRequest = new(SpaceId, Start, Start.AddHours(2));

    private static readonly CreateRecordRequest RecordRequest = new(
        LotId, new PositionRequest("spaceCode", Code: "负二层C区17号"), "沪A12345", "后备箱有雨伞", Start.AddDays(3));

    private static readonly object LevelMap = new
    {
        lotId = LotId,
        levelId = LevelB2,
        version = 1,
        name = "B2",
        ordinal = -2,
        outline = new double[][] { [0, 0], [120, 0], [120, 80], [0, 80] },
        zones = new[] { new { code = "C", name = "C", color = "#59a14f", polygon = new double[][] { [80, 44], [113, 44], [113, 76], [80, 76] } } },
        spaces = new[] { new { id = SpaceId, code = "B2-C-017", label = "C-017", kind = "standard", reservable = true, polygon = new double[][] { [88, 55], [90.5, 55], [90.5, 60], [88, 60] } } },
        landmarks = new[] { new { kind = "elevator", name = "4号电梯", x = 99.8, y = 42.0 } },
        walkways = new double[][] { [99.8, 36, 111, 36] },
    };
}
