namespace ParkShare.Web.Mobile;

/// <summary>A lot as the driver's lot list shows it: free spaces per level, and how far away it is when the phone said where it is.</summary>
public sealed record LotCard(Guid Id, string Name, string Address, double? DistanceMeters, IReadOnlyList<LevelCard> Levels)
{
    public int Free => Levels.Sum(l => l.Free);
}
