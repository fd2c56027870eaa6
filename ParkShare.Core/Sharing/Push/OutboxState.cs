namespace ParkShare.Core.Sharing.Push;

public enum OutboxState
{
    Pending,
    Sent,

    /// <summary>Given up on (too many transient failures, or every push channel refused it): the console can retry it.</summary>
    Dead,
}
