namespace ParkShare.Core.Lots.Editing;

/// <summary>The row form's fields, each of which <see cref="RowRules"/> may refuse.</summary>
public enum RowField
{
    Count,
    Width,
    Depth,
    Gap,
    Angle,
    Prefix,
    StartNumber,
}
