using System.ComponentModel.DataAnnotations;
using ParkShare.Web.Api;

namespace ParkShare.Web.Refinement;

/// <summary>
/// A basic position on the wire: kind is spaceCode (code), marker (code), mapPoint (levelId, x, y)
/// or gps (lat, lng, accuracy?, levelHint?), or, where a request allows it, reservation (reservationId).
/// </summary>
public sealed record PositionRequest(
    string? Kind,
    string? Code = null,
    string? LevelId = null,
    double? X = null,
    double? Y = null,
    double? Lat = null,
    double? Lng = null,
    double? Accuracy = null,
    string? LevelHint = null,
    string? ReservationId = null)
{
    /// <summary>The kind that names a reservation rather than a place; the request that allows it checks its id.</summary>
    public const string ReservationKind = "reservation";

    /// <summary>
    /// The same rules as <see cref="PositionRequestReader"/>, which the /m forms use too, keyed by the request's fields
    /// (<c>Position.Code</c>). Called from the enclosing request's own validation, so that one answer lists every bad
    /// field: the framework skips a type's own validation once a nested member has failed.
    /// </summary>
    public IEnumerable<ValidationResult> Check(ValidationContext validationContext)
    {
        if (Kind == ReservationKind)
        {
            yield break;
        }

        var errors = new Dictionary<string, string[]>();
        PositionRequestReader.Read(this, validationContext.GetRequiredService<ApiProblems>(), errors);
        foreach (var (field, messages) in errors)
        {
            yield return new ValidationResult(messages[0], [field]);
        }
    }
}
