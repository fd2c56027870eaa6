using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Web.Api;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>
/// Reads an uploaded GeoJSON file for the console's import endpoints: the CSRF header, the content type,
/// at most <see cref="LotGeoJson.MaxBytes"/> (a bigger body is refused as soon as it is seen, never buffered),
/// then the schema check, whose problems become one validation error per feature in the request's language.
/// </summary>
public static class LotGeoJsonUpload
{
    public const string CsrfHeader = "X-ParkShare-Csrf";
    public const string ProblemCode = "geojson_invalid";

    public static async Task<(LotGeoJsonDocument? Document, ValidationProblem? Invalid, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!request.Headers.ContainsKey(CsrfHeader))
        {
            return (null, null, problems.Problem(StatusCodes.Status400BadRequest, "csrf_header_required", CsrfHeader));
        }

        var type = request.ContentType ?? string.Empty;
        if (!type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) && !type.StartsWith(LotGeoJson.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type"));
        }

        if (request.ContentLength > LotGeoJson.MaxBytes)
        {
            return (null, null, TooLarge(problems));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LotGeoJson.MaxBytes + 1;
        }

        LotGeoJsonReadResult result;
        try
        {
            result = await LotGeoJsonReader.ReadAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, TooLarge(problems));
        }

        if (result.Problems is [{ Code: LotGeoJsonReader.TooLarge }])
        {
            return (null, null, TooLarge(problems));
        }

        return result.Document is { } document ? (document, null, null) : (null, Invalid(problems, result.Problems), null);
    }

    public static ValidationProblem Invalid(ApiProblems problems, IReadOnlyList<GeoJsonProblem> found) =>
        problems.Validation(
            found.GroupBy(p => p.Index < 0 ? "file" : $"features[{p.Index}]")
                .ToDictionary(g => g.Key, g => g.Select(p => Describe(problems, p)).ToArray()),
            ProblemCode);

    /// <summary>"Feature 12 (unit 0193…): the polygon crosses itself."</summary>
    public static string Describe(ApiProblems problems, GeoJsonProblem problem)
    {
        var what = problems.Message($"GeoJson.{problem.Code}", problem.Detail ?? string.Empty);
        return problem.Index < 0
            ? what
            : problems.Message("GeoJson.Feature", problem.Index, problem.FeatureType ?? "?", problem.FeatureId ?? "?", what);
    }

    private static ProblemHttpResult TooLarge(ApiProblems problems) =>
        problems.Problem(StatusCodes.Status413PayloadTooLarge, "geojson_too_large", LotGeoJson.MaxBytes / (1024 * 1024));
}
