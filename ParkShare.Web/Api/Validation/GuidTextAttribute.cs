namespace ParkShare.Web.Api.Validation;

/// <summary>The field is present and holds an id (a GUID in any of its text forms).</summary>
public sealed class GuidTextAttribute(string messageKey) : ApiRuleAttribute(messageKey)
{
    protected override bool Accepts(object? value) => value is string text && Guid.TryParse(text, out _);
}
