using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Sharing.Links;

/// <summary>POST /api/mp/shares/{id}/extend: the link's new lifetime in hours from now.</summary>
public sealed record ExtendShareRequest([property: PositiveNumber("Validation.NumberRequired", Required = true)] double? LifetimeHours);
