namespace ParkShare.Core.WeChat;

/// <summary>
/// An official-account follower scanned one of our parametric QR codes: <paramref name="Argument"/>
/// is the scene after its prefix ("bind:abc" → "abc"); <paramref name="NewFollower"/> is true for the
/// subscribe event (qrscene_...), false for SCAN by someone already following.
/// </summary>
public sealed record OfficialAccountScan(string OpenId, string? UnionId, string Argument, bool NewFollower);
