using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ParkShare.Web.Api;

/// <summary>
/// Makes generated schemas say what the API really sends: numbers are numbers (the serializer's tolerance of
/// "NaN" on input otherwise turns every double into an "object" any-of), and problems carry the two extensions
/// every ParkShare problem has, <c>code</c> and <c>traceId</c>.
/// </summary>
public sealed class OpenApiSchemaFixes : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.AnyOf is { Count: > 0 } anyOf && anyOf.Any(s => s.Enum?.Any(e => e?.ToString().Contains("NaN", StringComparison.Ordinal) == true) == true))
        {
            var nullable = (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null))
                || Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is not null
                || (context.JsonPropertyInfo?.PropertyType is { } property && Nullable.GetUnderlyingType(property) is not null);
            schema.Type = nullable ? JsonSchemaType.Number | JsonSchemaType.Null : JsonSchemaType.Number;
            schema.AnyOf = null;
        }

        // The serializer reads a missing nullable constructor parameter as null: such a property may be left out.
        if (schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
        {
            foreach (var (name, property) in properties)
            {
                if (property is OpenApiSchema { Type: { } propertyType } && propertyType.HasFlag(JsonSchemaType.Null))
                {
                    required.Remove(name);
                }
            }
        }

        if (typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type) || context.JsonTypeInfo.Type == typeof(HttpValidationProblemDetails))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Stable error code; the detail is in the request's language (Accept-Language, zh-CN by default).",
            };
            schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "W3C trace id of the request, for support." };
        }

        return Task.CompletedTask;
    }
}
