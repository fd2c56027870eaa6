namespace ParkShare.Core.Lots.History;

/// <summary>What a lot history entry records; stored by name, so new kinds may be appended anywhere.</summary>
public enum LotChangeKind
{
    LotCreated,
    LotDescribed,
    LevelAdded,
    LevelRenamed,
    LevelMoved,
    LevelCopied,
    LevelDeleted,
    LevelSaved,
    ConnectorAdded,
    ConnectorRemoved,
    OperatorAssigned,
    OperatorUnassigned,
    LotImported,
    LotReplaced,
    Georeferenced,
    FloorPlanUploaded,
    FloorPlanPlaced,
    FloorPlanRemoved,

    /// <summary>A staff member searched the lot's parking records by plate (the summary is the normalised plate).</summary>
    PlateSearched,
}
