namespace ParkShare.Web.WeChat;

/// <summary>
/// A one-time code to link the official account, and the official-account QR that carries it (scene
/// "link:&lt;code&gt;"): render <paramref name="QrUrl"/> as a QR, or show <paramref name="QrImageUrl"/> (Live mode only).
/// </summary>
public sealed record LinkCodeDto(string Code, string Scene, string QrUrl, string? QrImageUrl, DateTimeOffset ExpiresAt);
