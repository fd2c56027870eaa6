namespace ParkShare.Web.Api.Validation;

/// <summary>The number, when given (or always, with <see cref="Required"/>), is finite and above zero.</summary>
public sealed class PositiveNumberAttribute(string messageKey) : ApiRuleAttribute(messageKey)
{
    /// <summary>Whether an absent number is refused too.</summary>
    public bool Required { get; init; }

    protected override bool Accepts(object? value) => value switch
    {
        null => !Required,
        double number => double.IsFinite(number) && number > 0,
        _ => false,
    };
}
