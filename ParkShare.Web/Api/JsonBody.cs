using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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
        builder.WithMetadata(new RequestSizeLimitAttribute(maxBytes));

    /// <summary>
    /// The answer when a body parameter bound to nothing: no JSON content type (415), an empty body, which is
    /// not JSON (400 <c>malformed_json</c>), or the JSON literal <c>null</c> (400 <c>body_required</c>).
    /// </summary>
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
            return await request.ReadFromJsonAsync<T>(cancellationToken) is { } value ? (value, null) : (null, Missing(request, problems));
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

    public static ProblemHttpResult Missing(HttpRequest request, ApiProblems problems) =>
        !request.HasJsonContentType() ? problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type")
        : request.ContentLength == 0 ? problems.Problem(StatusCodes.Status400BadRequest, "malformed_json")
        : problems.Problem(StatusCodes.Status400BadRequest, "body_required");
}
