namespace ParkShare.Web.Lots.Editing;

/// <summary>Why the last save did not land, when another hand got there first.</summary>
public enum EditorConflict
{
    None,

    /// <summary>Another operator saved the level first; the draft can be reloaded or saved over it.</summary>
    SavedByOther,

    /// <summary>The level is gone; only keeping the drawing on screen is left.</summary>
    LevelDeleted,
}
