namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// One friend a driver chose for one record. A record with <see cref="Parking.ParkingRecord.HasChosenAudience"/>
/// is pushed only to its chosen friends (while still bound); otherwise to every bound friend.
/// </summary>
public sealed class RecordAudience
{
    private RecordAudience()
    {
    }

    public Guid RecordId { get; private set; }

    public Guid FriendId { get; private set; }

    public static RecordAudience Of(Guid recordId, Guid friendId) => new() { RecordId = recordId, FriendId = friendId };
}
