namespace ParkShare.Core.Parking;

/// <summary>
/// Tells open views in this process that a lot's space states changed (a reservation, a check-in, a
/// record ended, a no-show released). On PostgreSQL a relay forwards each local change to the other
/// nodes (<see cref="Published"/>) and replays theirs here (<see cref="NotifyFromAnotherNode"/>);
/// views also poll, as a fallback.
/// </summary>
public sealed class SpaceStateNotifier
{
    public event Action<Guid>? Changed;

    /// <summary>Raised for changes made in this process only, for a relay to other nodes.</summary>
    public event Action<Guid>? Published;

    public void Notify(Guid lotId)
    {
        Changed?.Invoke(lotId);
        Published?.Invoke(lotId);
    }

    /// <summary>Another node changed the lot's states: tell this process's views, without relaying it back.</summary>
    public void NotifyFromAnotherNode(Guid lotId) => Changed?.Invoke(lotId);
}
