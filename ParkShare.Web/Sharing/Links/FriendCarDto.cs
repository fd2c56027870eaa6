using ParkShare.Web.Refinement;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The car behind a share link as the friend sees it (the same content as /s/{token}): where it is,
/// when it was parked, the note, the plate and photo only if the driver chose to show them, and until when the link works.
/// </summary>
public sealed record FriendCarDto(
    string LotId,
    string LotName,
    string LotAddress,
    string SpaceCode,
    string LevelName,
    string? ZoneName,
    DetailedPositionDto Position,
    DateTimeOffset ParkedAt,
    string? Note,
    string? Plate,
    string? PhotoUrl,
    DateTimeOffset ExpiresAt);
