namespace ParkShare.Web.Sharing.Links;

/// <summary>A share link as its owner sees it; <c>url</c> and the QR addresses are null if the installation's keys were lost.</summary>
public sealed record ShareDto(
    string Id,
    string RecordId,
    string State,
    string? Url,
    string? QrPngUrl,
    string? QrSvgUrl,
    string? PosterUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool HasPin,
    int? MaxViews,
    int Views,
    bool ShowPlate,
    bool ShowPhoto,
    DateTimeOffset? FirstViewedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? PickedUpAt);
