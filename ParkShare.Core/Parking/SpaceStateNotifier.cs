namespace ParkShare.Core.Parking;

/// <summary>
/// Tells open views in this process that a lot's space states changed (a reservation, a check-in, a
/// record ended, a no-show released). Views also poll, for changes made by other processes.
/// </summary>
public sealed class SpaceStateNotifier
{
    public event Action<Guid>? Changed;

    public void Notify(Guid lotId) => Changed?.Invoke(lotId);
}
