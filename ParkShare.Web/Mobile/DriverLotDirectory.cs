using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Mobile;

/// <summary>The lots a driver can choose from, with live free spaces per level, nearest first when a GPS fix is given.</summary>
public sealed class DriverLotDirectory(IDbContextFactory<ParkShareDbContext> contexts, LotMapCache maps, SpaceStates states)
{
    public const int MaxLots = 50;

    public async Task<IReadOnlyList<LotCard>> ListAsync(GeoPoint? near, CancellationToken cancellationToken = default)
    {
        var cards = new List<LotCard>();
        foreach (var map in await MapsAsync(cancellationToken))
        {
            cards.Add(await CardAsync(map, near, cancellationToken));
        }

        return near is null ? cards : [.. cards.OrderBy(c => c.DistanceMeters)];
    }

    /// <summary>The lots' cached maps, by name.</summary>
    public async Task<IReadOnlyList<LotMap>> MapsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.Lots.AsNoTracking().OrderBy(l => l.Name).Select(l => l.Id).Take(MaxLots).ToListAsync(cancellationToken);
        var found = new List<LotMap>(ids.Count);
        foreach (var id in ids)
        {
            if (await maps.GetAsync(id, cancellationToken) is { } map)
            {
                found.Add(map);
            }
        }

        return found;
    }

    public async Task<LotCard> CardAsync(LotMap map, GeoPoint? near, CancellationToken cancellationToken = default)
    {
        var levels = new List<LevelCard>(map.Levels.Count);
        foreach (var level in map.Levels.OrderByDescending(l => l.Ordinal))
        {
            var live = await states.ForLevelAsync(map.LotId, level, cancellationToken);
            levels.Add(new LevelCard(level.Id, level.Name, live.Count(s => s == SpaceStateKind.Free), live.Length));
        }

        double? distance = near is { } p ? Math.Round(p.DistanceTo(map.Georeference.ToWgs84(new Core.Geometry.Point2(0, 0)))) : null;
        return new LotCard(map.LotId, map.Name, map.Address, distance, levels);
    }
}
