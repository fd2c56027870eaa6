using System.ComponentModel.DataAnnotations;
using ParkShare.Web.Api.Validation;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>POST /api/mp/records/{id}/position: the corrected basic position (any kind but reservation), refined within the record's lot.</summary>
public sealed record MoveRecordRequest(PositionRequest? Position) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Position is null)
        {
            yield return validationContext.Refuse(nameof(Position), "Validation.PositionRequired");
        }
        else if (Position.Kind == PositionRequest.ReservationKind)
        {
            // A reservation is where a car will be, not a place to move a parked one to.
            yield return validationContext.Refuse("Position.Kind", "Validation.UnknownKind");
        }
        else
        {
            foreach (var refusal in Position.Check(validationContext))
            {
                yield return refusal;
            }
        }
    }
}
