using System.Text.Json.Serialization;

namespace ParkShare.Web.Lots;

/// <summary>A lot in the list; distanceMeters (great-circle, to the lot's origin) only when the list is sorted by distance.</summary>
public sealed record LotSummaryDto(
    string Id,
    string Name,
    string Address,
    IReadOnlyList<LevelSummaryDto> Levels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DistanceMeters = null);
