using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Lots;

/// <summary>Example bodies of the lots API, built from the real wire types so they cannot drift from the shapes.</summary>
public static class LotsExamples
{
    public static readonly LotSummaryDto LotSummary = new(
        LotId, "陆家嘴滨江停车场", "上海市浦东新区滨江大道 2967 号",
        [new LevelSummaryDto(LevelB1, "B1", -1), new LevelSummaryDto(LevelB2, "B2", -2)], 1079);

    public static readonly LotPageDto LotPage = new([LotSummary], Cursor);

    public static readonly LotDetailDto LotDetail = new(
        LotId, "陆家嘴滨江停车场", "上海市浦东新区滨江大道 2967 号", "Asia/Shanghai", 1, 31.2393, 121.4991,
        [new LevelDetailDto(LevelB2, "B2", -2, 288, 211, [new ZoneAvailabilityDto("C", "C", 48, 30)])]);

    /// <summary>The level map is written as pre-encoded bytes, so its example is spelled out here.</summary>
    public static readonly object LevelMap = new
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

    public static readonly LevelStatesDto LevelStates = new(LevelB2, 1, "FFRFOFFD", 5, 1, 1, 1);
}
