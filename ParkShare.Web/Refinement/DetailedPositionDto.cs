namespace ParkShare.Web.Refinement;

/// <summary>The detailed position as the API and pages show it (DESIGN.md "Detailed").</summary>
public sealed record DetailedPositionDto(
    LotRefDto Lot,
    LevelRefDto Level,
    ZoneRefDto? Zone,
    SpaceRefDto Space,
    LocalPointDto Local,
    Wgs84Dto Wgs84,
    NearestLandmarkDto? NearestLandmark,
    RouteDto? Route,
    string ResolvedBy);
