namespace ParkShare.Core.Lots.Editing;

/// <summary>What deleting a level would touch: what blocks it (live reservations, cars parked) and what goes with it.</summary>
public sealed record LevelDeletionImpact(int LiveReservations, int OpenRecords, int Spaces, IReadOnlyList<string> Connectors)
{
    public bool Blocked => LiveReservations > 0 || OpenRecords > 0;
}
