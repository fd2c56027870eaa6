namespace ParkShare.Web.Lots;

public sealed record LotDetailDto(
    string Id,
    string Name,
    string Address,
    string TimeZone,
    int Version,
    double Lat,
    double Lng,
    IReadOnlyList<LevelDetailDto> Levels);
