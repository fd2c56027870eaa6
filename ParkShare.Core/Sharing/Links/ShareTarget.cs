using ParkShare.Core.Parking;

namespace ParkShare.Core.Sharing.Links;

/// <summary>What a share token opens: the link and the parked car it points to.</summary>
public sealed record ShareTarget(ShareLink Link, ParkingRecord Record);
