namespace ParkShare.Web.Api.Validation;

/// <summary>The field is present: a value, or text that is not only white space and at most <see cref="MaxLength"/> long.</summary>
public sealed class PresentAttribute(string messageKey) : ApiRuleAttribute(messageKey)
{
    /// <summary>The longest text accepted.</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    protected override bool Accepts(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxLength,
        _ => true,
    };
}
