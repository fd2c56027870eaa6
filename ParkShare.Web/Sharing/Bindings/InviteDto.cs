namespace ParkShare.Web.Sharing.Bindings;

/// <summary>
/// A new invite: its code (shown this once), the mini-program share path, and as data URLs the
/// official-account QR (scene "bind:&lt;code&gt;") and the mini-program code; a picture WeChat could not make is null.
/// </summary>
public sealed record InviteDto(string Code, DateTimeOffset ExpiresAt, string SharePath, string? QrUrl, string? MiniProgramCodeUrl);
