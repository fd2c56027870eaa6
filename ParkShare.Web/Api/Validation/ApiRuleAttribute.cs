using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Api.Validation;

/// <summary>
/// A rule on a request field, checked by the framework's validation (<c>AddValidation</c>), whose message is
/// one of the API's localised texts (<c>Validation.*</c>) in the request's language.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public abstract class ApiRuleAttribute(string messageKey) : ValidationAttribute
{
    /// <summary>The string-table key of the message shown beside the field.</summary>
    public string MessageKey { get; } = messageKey;

    /// <summary>Arguments for the message's placeholders.</summary>
    protected virtual object[] MessageArguments => [];

    /// <summary>Whether the value is acceptable (absent values are judged here too).</summary>
    protected abstract bool Accepts(object? value);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        Accepts(value) ? ValidationResult.Success : validationContext.Refuse(MessageKey, MessageArguments);
}
