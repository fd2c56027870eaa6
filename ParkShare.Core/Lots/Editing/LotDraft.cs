namespace ParkShare.Core.Lots.Editing;

/// <summary>What the console's "new lot" form sends: the georeference origin is optional, all or nothing.</summary>
public sealed record LotDraft(string? Name, string? Address, string? TimeZoneId, double? OriginLat = null, double? OriginLng = null, double? RotationDegrees = null);
