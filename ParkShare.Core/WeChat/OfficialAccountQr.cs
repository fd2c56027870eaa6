namespace ParkShare.Core.WeChat;

/// <summary>
/// A parametric official-account QR: scanning it follows the account (event subscribe,
/// EventKey qrscene_&lt;scene&gt;) or, for a follower, sends SCAN (EventKey &lt;scene&gt;).
/// <paramref name="Url"/> is the QR's content (render it with QRCoder); null expiry = permanent.
/// </summary>
public sealed record OfficialAccountQr(string Scene, string Ticket, string Url, DateTime? ExpiresAtUtc);
