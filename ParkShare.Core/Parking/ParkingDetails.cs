namespace ParkShare.Core.Parking;

/// <summary>
/// What the driver adds to a record: the plate (shown only to people they choose), a note, the pickup
/// date of a long stay, and the bound friends it is pushed to (null: all of them).
/// </summary>
public sealed record ParkingDetails(string? Plate, string? Note, DateTime? ExpectedPickupAtUtc, IReadOnlyList<Guid>? FriendIds = null)
{
    public const int MaxPlateLength = 16;
    public const int MaxNoteLength = 500;

    public static ParkingDetails None { get; } = new(null, null, null);
}
