namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// What a share poster shows, every text already localized by the caller: the lot, the space
/// ("B2 · C区 · B2-C-017" is composed from <see cref="LevelName"/>, <see cref="ZoneName"/> and
/// <see cref="SpaceCode"/>), a "scan to find the car" line, the expiry line and the share link itself.
/// </summary>
public sealed record PosterContent(
    string LotName,
    string Address,
    string LevelName,
    string? ZoneName,
    string SpaceCode,
    string ScanHint,
    string ExpiresText,
    string Url);
