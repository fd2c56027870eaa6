namespace ParkShare.Web.Lots.Editing;

/// <summary>The editor's tools; the lower-case name is what wwwroot/js/editor.js switches on.</summary>
public enum EditorTool
{
    Select,
    Pan,
    Rotate,
    Outline,
    Zone,
    Space,
    Row,
    Landmark,
    Walkway,
}
