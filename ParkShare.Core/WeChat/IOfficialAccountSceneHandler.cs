namespace ParkShare.Core.WeChat;

/// <summary>
/// What scanning a parametric QR with a given scene prefix does ("bind:" accepts a binding invite,
/// "link:" links the official-account openid to a mini-program driver). The callback routes each
/// subscribe/SCAN event to the handler whose prefix starts the scene and replies with the text it
/// returns (null: the default welcome or "success").
/// </summary>
public interface IOfficialAccountSceneHandler
{
    string Prefix { get; }

    Task<string?> HandleAsync(OfficialAccountScan scan, CancellationToken cancellationToken);
}
