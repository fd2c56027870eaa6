namespace ParkShare.Core.Lots.Editing;

/// <summary>Two spaces of a draft whose areas overlap; <see cref="Key"/> names the pair whatever the order.</summary>
public sealed record SpaceOverlap(SpaceDraft First, SpaceDraft Second)
{
    public (Guid Low, Guid High) Key => First.Id.CompareTo(Second.Id) < 0 ? (First.Id, Second.Id) : (Second.Id, First.Id);
}
