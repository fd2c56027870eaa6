namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>A floor plan's stored image bytes with what the HTTP answer needs.</summary>
public sealed record FloorPlanContent(Guid LotId, byte[] Bytes, string ContentType, string ContentHash, DateTime UploadedAtUtc);
