using System.ComponentModel.DataAnnotations;
using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Parking;

/// <summary>POST /api/mp/reservations body; times are ISO 8601 with an offset.</summary>
public sealed record CreateReservationRequest(string? SpaceId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Guid.TryParse(SpaceId, out _))
        {
            yield return validationContext.Refuse(nameof(SpaceId), "Validation.SpaceIdRequired");
        }

        if (StartsAt is null || EndsAt is null)
        {
            yield return validationContext.Refuse(nameof(StartsAt), "Validation.WindowRequired");
        }
    }
}
