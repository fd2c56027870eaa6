namespace ParkShare.Core.Lots.Editing;

public enum LevelSaveStatus
{
    Saved,

    /// <summary>Blocking validation errors; <see cref="LevelSaveResult.Issues"/> lists them.</summary>
    Invalid,

    /// <summary>Another operator saved this level after the draft was opened.</summary>
    Conflict,

    /// <summary>The level (or its lot) was deleted after the draft was opened.</summary>
    LevelDeleted,

    /// <summary>A removed space has a live reservation or an unfinished parking record; <see cref="LevelSaveResult.Blockers"/> names them.</summary>
    SpacesInUse,

    /// <summary>A removed walkway node carries a connector to another level; <see cref="LevelSaveResult.Blockers"/> names the connectors.</summary>
    NodesInUse,
}
