using System.Text.Json;
using System.Text.Json.Nodes;
using ParkShare.Core.Drivers;
using ParkShare.Web.Api;

namespace ParkShare.Web.Drivers;

/// <summary>A chosen name's refusal as the message beside the field, in the request's language (API and /m pages alike).</summary>
public static class PersonNameProblems
{
    public static string Message(ApiProblems problems, PersonNameError error) => error switch
    {
        PersonNameError.Empty => problems.Message("Validation.NameRequired"),
        PersonNameError.TooLong => problems.Message("Validation.NameTooLong", PersonName.MaxLength),
        _ => problems.Message("Validation.NameControl"),
    };

    public static Dictionary<string, string[]> Errors(ApiProblems problems, string field, PersonNameError error) =>
        new() { [field] = [Message(problems, error)] };

    /// <summary>
    /// The field of a JSON body as text: absent is an error (the field is required), null is allowed only when
    /// <paramref name="nullable"/>, anything but a string is an error. Returns false with the message when refused.
    /// </summary>
    public static bool TryReadText(JsonObject body, string field, bool nullable, ApiProblems problems, out string? value, out string? error)
    {
        (value, error) = (null, null);
        if (!body.TryGetPropertyValue(field, out var node))
        {
            error = problems.Message("Validation.NameRequired");
            return false;
        }

        if (node is null)
        {
            error = nullable ? null : problems.Message("Validation.NameRequired");
            return nullable;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            error = problems.Message("Validation.TextRequired");
            return false;
        }

        value = node.GetValue<string>();
        return true;
    }
}
