using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using ParkShare.Web.Localization;

namespace ParkShare.Web.Api;

/// <summary>
/// Completes each operation from the metadata declared beside its endpoint: the examples of
/// <see cref="OpenApiExamplesMetadata"/> (serialized like real bodies) and the problems of
/// <see cref="ProblemCodesMetadata"/> as application/problem+json, one example per status with a stable code.
/// Summaries and descriptions come from WithSummary and WithDescription.
/// </summary>
public sealed class OpenApiOperationDocs(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var examples = metadata.OfType<OpenApiExamplesMetadata>().LastOrDefault();
        var problemCodes = metadata.OfType<ProblemCodesMetadata>().SelectMany(m => m.Problems).ToList();
        if (operation.RequestBody is OpenApiRequestBody { Content: { } bodies } body)
        {
            // Handlers take their body as nullable only to answer a missing one with its own problem: the body is required.
            body.Required = true;
            foreach (var media in bodies.Values)
            {
                if (media.Schema is OpenApiSchema { OneOf: { Count: 2 } choices } && choices.FirstOrDefault(c => c is OpenApiSchema { Type: JsonSchemaType.Null }) is { } none)
                {
                    media.Schema = choices.First(c => c != none);
                }
            }
        }

        if (examples?.Request is { } request && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent.Values)
            {
                media.Example = ToRequestJson(request);
            }
        }

        operation.Responses ??= [];
        var success = operation.Responses.Where(r => r.Key.StartsWith('2')).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value).FirstOrDefault();
        if (examples?.Response is { } response && success is OpenApiResponse { } documented)
        {
            // A handler that writes pre-encoded bytes declares no body type: describe it as JSON all the same.
            documented.Content ??= new Dictionary<string, OpenApiMediaType>();
            if (documented.Content.Count == 0)
            {
                documented.Content["application/json"] = new OpenApiMediaType();
            }

            foreach (var media in documented.Content.Values)
            {
                media.Example = ToJson(response);
            }
        }

        foreach (var problems in problemCodes.GroupBy(p => p.Status))
        {
            await AddProblemAsync(operation.Responses, problems.Key, [.. problems.Select(p => p.Code)], context, cancellationToken);
        }
    }

    private async Task AddProblemAsync(OpenApiResponses responses, int status, IReadOnlyList<string> codes, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!responses.TryGetValue(key, out var response) || response is not OpenApiResponse concrete)
        {
            concrete = new OpenApiResponse();
            responses[key] = concrete;
        }

        concrete.Description = $"{ReasonPhrases.GetReasonPhrase(status)}: code {string.Join(", ", codes)}";
        concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
        foreach (var other in concrete.Content.Keys.Where(k => k != ProblemJson).ToList())
        {
            concrete.Content.Remove(other);
        }

        if (!concrete.Content.TryGetValue(ProblemJson, out var media))
        {
            var type = status == StatusCodes.Status400BadRequest && codes.Contains("validation_failed") ? typeof(HttpValidationProblemDetails) : typeof(Microsoft.AspNetCore.Mvc.ProblemDetails);
            var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
            if (schema is OpenApiSchema { } inline)
            {
                inline.Properties ??= new Dictionary<string, IOpenApiSchema>();
                inline.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable error code; the detail is in the request's language (Accept-Language, zh-CN by default)." };
            }

            media = new OpenApiMediaType { Schema = schema };
            concrete.Content[ProblemJson] = media;
        }

        media.Example = Problem(status, codes[0]);
    }

    /// <summary>An example problem as the API writes it, in English (the default language is zh-CN; send Accept-Language).</summary>
    private static JsonObject Problem(int status, string code)
    {
        var en = JsonStringLocalizer.AllTables["en"];
        var problem = new JsonObject
        {
            ["type"] = ApiProblems.TypeFor(code),
            ["title"] = en.GetValueOrDefault($"ProblemTitle.{status}", ReasonPhrases.GetReasonPhrase(status)),
            ["status"] = status,
            ["detail"] = en.GetValueOrDefault($"Problem.{code}", string.Empty).Replace("{0}", "100", StringComparison.Ordinal),
        };
        if (code == "validation_failed")
        {
            problem["errors"] = new JsonObject { ["limit"] = new JsonArray(en["Validation.BadLimit"].Replace("{0}", "100", StringComparison.Ordinal)) };
        }

        problem["code"] = code;
        problem["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        return problem;
    }

    private JsonNode? ToJson(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), json.Value.SerializerOptions);

    private readonly Lazy<JsonSerializerOptions> _requestOptions = new(() =>
        new JsonSerializerOptions(json.Value.SerializerOptions) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

    // A client leaves out what it does not send; a null in a request example would contradict the non-null schema.
    private JsonNode? ToRequestJson(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), _requestOptions.Value);
}
