using static ParkShare.Web.Api.ApiExamples;

namespace ParkShare.Web.Refinement;

/// <summary>Example bodies of refinement: the detailed position that records, shares and "shared with me" carry too.</summary>
public static class RefinementExamples
{
    public static readonly DetailedPositionDto Position = new(
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

    public static readonly RefineRequest Request = new(LotId, new PositionRequest("spaceCode", Code: "负二层C区17号"));

    public static readonly RefineResponse Response = new("resolved", Position, null);
}
