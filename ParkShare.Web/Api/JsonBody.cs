using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ParkShare.Core.Json;

namespace ParkShare.Web.Api;

/// <summary>
/// Reads a small JSON body by hand so that a wrong content type, an oversized body or malformed
/// JSON each get their own clear problem instead of an empty 400.
/// </summary>
/// <remarks>
/// Kept instead of framework body binding with AddValidation: the framework answers a body it cannot bind
/// (malformed JSON, an empty body) with an empty 400 before any endpoint filter or the validation filter runs,
/// so no filter can turn it into malformed_json; and each endpoint's own body limit (1 to 256 KiB, checked
/// while reading, also for chunked bodies) would depend on the server's request-size feature instead of on
/// this code. Moving the field checks onto the request types is the remaining step (issue 18, part 2).
/// </remarks>
public static class JsonBody
{
    public static async Task<(T? Value, string? ProblemCode, int Status)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.HasJsonContentType() is false)
        {
            return (null, "unsupported_media_type", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, "body_too_large", StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, "body_too_large", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var bytes = buffer.ToArray();
            var value = JsonSerializer.Deserialize<T>(bytes, options);
            if (!JsonStrings.AreWellFormed(bytes) || !JsonStrings.HasUniqueProperties(bytes))
            {
                // A lone surrogate escape or a property named twice: a JsonObject would throw when a field is read.
                return (null, "malformed_json", StatusCodes.Status400BadRequest);
            }

            return value is null ? (null, "body_required", 400) : (value, null, 200);
        }
        catch (JsonException)
        {
            return (null, "malformed_json", StatusCodes.Status400BadRequest);
        }
    }
}
