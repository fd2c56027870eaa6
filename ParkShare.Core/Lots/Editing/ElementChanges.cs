namespace ParkShare.Core.Lots.Editing;

/// <summary>How many elements of one kind a save added, changed (moved, reshaped, recoded) and removed.</summary>
public readonly record struct ElementChanges(int Added, int Changed, int Removed)
{
    public bool Any => Added + Changed + Removed > 0;

    public override string ToString() => $"+{Added} ~{Changed} -{Removed}";
}
