namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// "Open in a map app" links for one point: <see cref="Geo"/> (RFC 5870 <c>geo:</c>, WGS84, Android
/// picks the app), <see cref="Amap"/>, <see cref="Tencent"/> and <see cref="Apple"/> (all GCJ-02).
/// </summary>
public sealed record MapAppLinkSet(string Geo, string Amap, string Tencent, string Apple);
