namespace ParkShare.Core.Sharing.Push;

/// <summary>Why a push exists; stored by name.</summary>
public enum OutboxEvent
{
    /// <summary>A bound driver recorded where their car is.</summary>
    RecordCreated,

    /// <summary>A bound driver's car moved, or its position was refined again.</summary>
    PositionChanged,

    /// <summary>A bound driver's car was picked up.</summary>
    RecordEnded,

    /// <summary>One of the recipient's own notices (reminder, link first opened, picked up by a friend...).</summary>
    Notice,
}
