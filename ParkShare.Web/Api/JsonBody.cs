using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ParkShare.Core.Json;

namespace ParkShare.Web.Api;

/// <summary>
/// JSON request bodies are read and validated by the framework (parameter binding, then <c>AddValidation</c>);
/// these are the two answers it leaves to us, so that each kind of bad body keeps its own stable code.
/// </summary>
/// <remarks>
/// The framework's own refusals become problems elsewhere: malformed JSON (a <see cref="BadHttpRequestException"/>
/// with a JSON error inside) is <c>malformed_json</c> in <see cref="ApiProblems.Complete"/>, a wrong content type is
/// the 415 <c>unsupported_media_type</c> and a body over the endpoint's limit the 413 <c>body_too_large</c>
/// (both status-code pages).
/// </remarks>
public static class JsonBody
{
    /// <summary>
    /// Limits the endpoint's body to <paramref name="maxBytes"/>: the server stops reading there (announced or
    /// chunked) and answers 413.
    /// </summary>
    public static RouteHandlerBuilder WithJsonBodyLimit(this RouteHandlerBuilder builder, long maxBytes) =>
        builder.WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes));

    /// <summary>
    /// For the two endpoints that read their body themselves, the sensor feed (it authenticates its caller first, so a
    /// stranger's body is never parsed) and the record's merge patch (which tells an absent field from a null one):
    /// the framework's JSON reader, with the same answers as parameter binding.
    /// </summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, ApiProblems problems, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Missing(request, problems));
        }

        try
        {
            // The whole body (the endpoint's limit stops the server reading past it), so that it can be checked as
            // text too: a lone surrogate escape or a property named twice would make a JsonObject throw when read.
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.ToArray();
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = JsonSerializer.Deserialize<T>(bytes, options);
            if (!JsonStrings.AreWellFormed(bytes) || !JsonStrings.HasUniqueProperties(bytes))
            {
                return (null, problems.Problem(StatusCodes.Status400BadRequest, "malformed_json"));
            }

            return value is null ? (null, Missing(request, problems)) : (value, null);
        }
        catch (JsonException)
        {
            return (null, problems.Problem(StatusCodes.Status400BadRequest, "malformed_json"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, problems.Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large"));
        }
    }

    /// <summary>
    /// The answer when a body parameter bound to nothing: no JSON content type (415), an empty body, which is
    /// not JSON (400 <c>malformed_json</c>), or the JSON literal <c>null</c> (400 <c>body_required</c>).
    /// </summary>
    public static ProblemHttpResult Missing(HttpRequest request, ApiProblems problems) =>
        !request.HasJsonContentType() ? problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type")
        : request.ContentLength == 0 ? problems.Problem(StatusCodes.Status400BadRequest, "malformed_json")
        : problems.Problem(StatusCodes.Status400BadRequest, "body_required");
}
