namespace ParkShare.Core.Lots.Editing;

public sealed record WalkwayEdgeDraft(Guid Id, Guid FromNodeId, Guid ToNodeId);
