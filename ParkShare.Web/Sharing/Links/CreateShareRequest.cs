using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Sharing.Links;

/// <summary>POST /api/mp/shares: which record, for how long (hours, default Sharing:DefaultLifetime), an optional PIN and view limit, and what the friend sees.</summary>
public sealed record CreateShareRequest(
    [property: GuidText("Validation.RecordIdRequired")] string? RecordId,
    [property: PositiveNumber("Validation.NumberRequired")] double? LifetimeHours = null,
    string? Pin = null,
    int? MaxViews = null,
    bool? ShowPlate = null,
    bool? ShowPhoto = null);
