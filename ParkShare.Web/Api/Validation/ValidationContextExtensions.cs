using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Api.Validation;

/// <summary>Refusals from request types' own checks (<see cref="IValidatableObject"/>), in the request's language.</summary>
public static class ValidationContextExtensions
{
    /// <summary>A refusal of <paramref name="member"/> (or of the value itself) with the localised text <paramref name="messageKey"/>.</summary>
    public static ValidationResult Refuse(this ValidationContext context, string messageKey, object[] arguments, string? member = null)
    {
        var message = context.GetRequiredService<ApiProblems>().Message(messageKey, arguments);
        return member is null ? new ValidationResult(message) : new ValidationResult(message, [member]);
    }

    /// <summary>A refusal of <paramref name="member"/> with the localised text <paramref name="messageKey"/>.</summary>
    public static ValidationResult Refuse(this ValidationContext context, string member, string messageKey, params object[] arguments) =>
        context.Refuse(messageKey, arguments, member);
}
