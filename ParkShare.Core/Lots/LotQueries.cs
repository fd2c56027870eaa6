using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Parking;

namespace ParkShare.Core.Lots;

/// <summary>The lot queries several features share: a whole lot with its geometry, a lot's walkway skeleton, and the spaces drivers depend on.</summary>
public static class LotQueries
{
    /// <summary>
    /// A lot with its connectors and every level's zones, spaces, landmarks and walkways. Spaces come by code, not in
    /// whatever order the rows come back: PostgreSQL returns updated rows in another physical order, and every node must
    /// index a level's spaces alike (the states string of one node is read against the map of another).
    /// </summary>
    public static IQueryable<Lot> WithGeometry(this IQueryable<Lot> lots) =>
        lots.AsSplitQuery()
            .Include(l => l.Connectors)
            .Include(l => l.Levels).ThenInclude(l => l.Zones)
            .Include(l => l.Levels).ThenInclude(l => l.Spaces.OrderBy(s => s.Code))
            .Include(l => l.Levels).ThenInclude(l => l.Landmarks)
            .Include(l => l.Levels).ThenInclude(l => l.WalkwayNodes)
            .Include(l => l.Levels).ThenInclude(l => l.WalkwayEdges);

    /// <summary>A lot with its connectors and its levels' walkway nodes: what a connector edit or a level's removal needs.</summary>
    public static IQueryable<Lot> WithConnectors(this IQueryable<Lot> lots) =>
        lots.AsSplitQuery().Include(l => l.Connectors).Include(l => l.Levels).ThenInclude(l => l.WalkwayNodes);

    /// <summary>Codes of those of <paramref name="spaceIds"/> that a driver depends on: a live reservation or a car still parked there.</summary>
    public static async Task<List<string>> SpacesInUseAsync(ParkShareDbContext db, IReadOnlyCollection<Guid> spaceIds, CancellationToken cancellationToken)
    {
        if (spaceIds.Count == 0)
        {
            return [];
        }

        return await db.Spaces.Where(s => spaceIds.Contains(s.Id)
                && (db.Reservations.Where(Reservation.Live).Any(r => r.SpaceId == s.Id)
                    || db.ParkingRecords.Any(r => r.SpaceId == s.Id && r.EndedAtUtc == null)))
            .OrderBy(s => s.Code).Select(s => s.Code).ToListAsync(cancellationToken);
    }
}
