using ParkShare.Web.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>POST /api/mp/records/{id}/position: the corrected basic position (any kind but reservation), refined within the record's lot.</summary>
public sealed record MoveRecordRequest(PositionRequest? Position);
