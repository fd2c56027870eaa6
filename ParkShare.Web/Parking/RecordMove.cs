using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>What correcting a record's position did: the moved record, or why not (a refused record or a position that did not refine).</summary>
public sealed record RecordMove(ParkingOutcome Outcome, RefinementResult? Refinement = null);
