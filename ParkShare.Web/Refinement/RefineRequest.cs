using System.ComponentModel.DataAnnotations;
using ParkShare.Web.Api.Validation;

namespace ParkShare.Web.Refinement;

/// <summary>POST /api/mp/refine body: a lot and a basic position.</summary>
public sealed record RefineRequest(string? LotId, PositionRequest? Position) : IValidatableObject
{
    /// <summary>A reservation names its own lot (a wrong one answers 404), so only the other kinds need <c>lotId</c>.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Position?.Kind == PositionRequest.ReservationKind)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(LotId))
        {
            yield return validationContext.Refuse(nameof(LotId), "Validation.LotIdRequired");
        }

        foreach (var refusal in Position?.Check(validationContext) ?? [validationContext.Refuse(nameof(Position), "Validation.PositionRequired")])
        {
            yield return refusal;
        }
    }
}
