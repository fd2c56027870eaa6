namespace ParkShare.Web.Lots;

/// <summary>A lot's live occupancy across its levels: free spaces of all spaces.</summary>
public sealed record LotOccupancyCount(int Free, int Total);
