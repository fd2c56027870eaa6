using ParkShare.Core.Lots;

namespace ParkShare.Core.Refinement;

/// <summary>Reads a level the driver names ("B2", "b2", "负二层", "2F", or the level's id).</summary>
public static class LevelHint
{
    public static LevelMap? Find(LotMap map, string hint)
    {
        var text = hint.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return map.Level(id);
        }

        var byName = map.Levels.FirstOrDefault(l => string.Equals(l.Name, text, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName;
        }

        var parsed = SpaceCodeParser.Parse(text);
        return parsed is { Status: SpaceCodeParseStatus.Incomplete, Level: { } ordinal, LevelSignKnown: true, HasZone: false }
            ? map.LevelByOrdinal(ordinal)
            : null;
    }
}
