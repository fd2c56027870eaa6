namespace ParkShare.Core.Lots.Editing;

public enum SnapKind
{
    None,
    Grid,
    Landmark,
    SpaceFront,
    Node,
    Walkway,
}
