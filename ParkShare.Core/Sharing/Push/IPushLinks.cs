namespace ParkShare.Core.Sharing.Push;

/// <summary>Absolute addresses for messages that leave the mini-program (the host knows its public base URL).</summary>
public interface IPushLinks
{
    string SharePage(string token);

    /// <summary>A driver page under /m, e.g. "/m/shared".</summary>
    string MobilePage(string path);
}
