using ParkShare.Core.Occupancy;

namespace ParkShare.Web.Occupancy;

/// <summary>POST /api/lots/{lotId}/occupancy body: up to 1000 observations, each naming a space by code or id.</summary>
public sealed record OccupancyRequest(IReadOnlyList<OccupancyObservation?>? Observations);
