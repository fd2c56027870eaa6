namespace ParkShare.Web.Lots;

/// <summary>
/// Live states of a level: one character per space (F free, R reserved, O occupied, D disabled) in
/// the order of the level map's spaces of the same lot version, plus the counts.
/// </summary>
public sealed record LevelStatesDto(string LevelId, int Version, string States, int Free, int Reserved, int Occupied, int Disabled);
