using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Lots;

/// <summary>
/// Free and total spaces of a whole lot, from the same live states the lot map shows (so the lot list and the
/// map agree); <see cref="SpaceStates"/> keeps each level's answer briefly, so a list of lots costs little.
/// </summary>
public sealed class LotOccupancyCounts(LotMapCache maps, SpaceStates states)
{
    /// <summary>Null when the lot is gone.</summary>
    public async Task<LotOccupancyCount?> CountAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        if (await maps.GetAsync(lotId, cancellationToken) is not { } map)
        {
            return null;
        }

        var (free, total) = (0, 0);
        foreach (var level in map.Levels)
        {
            var live = await states.ForLevelAsync(lotId, level, cancellationToken);
            free += live.Count(s => s == SpaceStateKind.Free);
            total += live.Length;
        }

        return new LotOccupancyCount(free, total);
    }
}
