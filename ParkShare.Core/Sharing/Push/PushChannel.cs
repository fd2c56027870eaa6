namespace ParkShare.Core.Sharing.Push;

/// <summary>How a message reached its recipient; InApp: only the notice list or "shared with me" shows it.</summary>
public enum PushChannel
{
    Subscribe,
    Template,
    InApp,
}
