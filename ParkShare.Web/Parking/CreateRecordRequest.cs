using System.ComponentModel.DataAnnotations;
using ParkShare.Web.Api;
using ParkShare.Web.Api.Validation;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>
/// POST /api/mp/records: where the car is (any basic position kind), the long-stay details, and the
/// bound friends it is pushed to (friend driver ids; absent: every bound friend; empty: nobody).
/// </summary>
public sealed record CreateRecordRequest(
    string? LotId, PositionRequest? Position, string? Plate, string? Note, DateTimeOffset? ExpectedPickupAt, IReadOnlyList<string>? FriendIds = null)
    : IValidatableObject
{
    /// <summary>The most friends one record may be pushed to.</summary>
    public const int MaxFriendIds = 200;

    /// <summary>Whether the car is checked in on a reservation rather than placed by a position.</summary>
    public bool IsCheckIn => Position?.Kind == PositionRequest.ReservationKind;

    /// <summary>The friends to push to, once valid: null when absent (every bound friend).</summary>
    public List<Guid>? FriendGuids() => FriendIds?.Select(Guid.Parse).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var problems = validationContext.GetRequiredService<ApiProblems>();
        var errors = new Dictionary<string, string[]>();
        ParkingDetailsReader.Read(Plate, Note, ExpectedPickupAt, validationContext.GetRequiredService<TimeProvider>().GetUtcNow(), problems, errors);
        foreach (var (field, messages) in errors)
        {
            yield return new ValidationResult(messages[0], [field]);
        }

        if (Position is null)
        {
            yield return validationContext.Refuse(nameof(Position), "Validation.PositionRequired");
        }
        else if (IsCheckIn && !Guid.TryParse(Position.ReservationId, out _))
        {
            yield return validationContext.Refuse("Position.ReservationId", "Validation.ReservationIdRequired");
        }
        else
        {
            foreach (var refusal in Position.Check(validationContext))
            {
                yield return refusal;
            }
        }

        if (FriendIds is { } ids && (ids.Count > MaxFriendIds || ids.Any(id => !Guid.TryParse(id, out _))))
        {
            yield return validationContext.Refuse(nameof(FriendIds), "Validation.FriendIds");
        }
    }
}
