using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// Everything a cached share page is made of (docs/security.md lists it): the link (its token, end,
/// what it shows), every record field the page prints or derives the position from, the lot map's
/// version, the language and the sandbox banner. A change to any of them is a new key, so a cached
/// page can never outlive what it shows; <see cref="ShareFastPage"/> reads the link and record fresh
/// on every request.
/// </summary>
public readonly record struct SharePageKey(
    string Token,
    Guid LinkId,
    DateTime ExpiresAtUtc,
    bool ShowPlate,
    bool ShowPhoto,
    Guid RecordId,
    Guid SpaceId,
    string SpaceCode,
    string LevelName,
    string? ZoneCode,
    ResolvedBy ResolvedBy,
    int PositionRevision,
    DateTime ParkedAtUtc,
    string? Note,
    string? Plate,
    DateTime? PhotoUpdatedAtUtc,
    int MapVersion,
    string Language,
    bool Sandbox)
{
    public static SharePageKey Of(string token, ShareTarget target, int mapVersion, string language, bool sandbox)
    {
        var (link, record) = (target.Link, target.Record);
        return new(
            token, link.Id, link.ExpiresAtUtc, link.ShowPlate, link.ShowPhoto, record.Id, record.SpaceId, record.SpaceCode, record.LevelName,
            record.ZoneCode, record.ResolvedBy, record.PositionRevision, record.ParkedAtUtc, record.Note, link.ShowPlate ? record.Plate : null,
            link.ShowPhoto ? record.PhotoUpdatedAtUtc : null, mapVersion, language, sandbox);
    }
}
