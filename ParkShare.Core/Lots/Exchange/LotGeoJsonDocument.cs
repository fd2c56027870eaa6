namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// A checked import: the lot it describes, built with fresh ids (nothing saved), and for every element the
/// id it had in the file, so a replace can keep the ids of the elements the file and the lot share.
/// </summary>
public sealed record LotGeoJsonDocument(Lot Lot, IReadOnlyDictionary<Guid, Guid> FileIds)
{
    public Guid FileIdOf(Guid id) => FileIds.TryGetValue(id, out var fileId) ? fileId : id;
}
