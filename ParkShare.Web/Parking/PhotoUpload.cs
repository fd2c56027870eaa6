using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ParkShare.Web.Parking;

/// <summary>
/// Reads the one file field <c>photo</c> of a multipart/form-data body by hand, streaming and with
/// limits on every part, so that a wrong content type, an oversized body or a broken multipart
/// each get their own clear problem and nothing larger than the limit is ever buffered.
/// </summary>
public static class PhotoUpload
{
    public const string FieldName = "photo";
    public const int MaxPhotoBytes = 5 * 1024 * 1024;

    /// <summary>The body limit given to the server (Kestrel): the photo plus room for the multipart framing and a few small fields.</summary>
    public const int MaxRequestBytes = MaxPhotoBytes + 64 * 1024;

    private const int MaxOtherFieldBytes = 16 * 1024;
    private const int MaxSections = 8;

    public static async Task<(byte[]? Photo, string? ProblemCode, int Status)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary) is not { Length: > 0 and <= 70 } boundary)
        {
            return (null, "photo_multipart_required", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxRequestBytes)
        {
            return (null, "photo_too_large", StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            var reader = new MultipartReader(boundary.Value!, request.Body) { HeadersCountLimit = 8, HeadersLengthLimit = 4096 };
            byte[]? photo = null;
            var sections = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (++sections > MaxSections)
                {
                    return (null, "malformed_multipart", StatusCodes.Status400BadRequest);
                }

                var isPhoto = photo is null && section.GetContentDispositionHeader() is { } disposition
                    && disposition.IsFileDisposition() && HeaderUtilities.RemoveQuotes(disposition.Name).Equals(FieldName, StringComparison.Ordinal);
                var body = await ReadAtMostAsync(section.Body, isPhoto ? MaxPhotoBytes : MaxOtherFieldBytes, isPhoto ? request.ContentLength : null, cancellationToken);
                if (body is null)
                {
                    return (null, "photo_too_large", StatusCodes.Status413PayloadTooLarge);
                }

                photo = isPhoto ? body : photo;
            }

            return photo is null ? (null, "photo_required", StatusCodes.Status400BadRequest) : (photo, null, StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own body limit (the endpoint's RequestSizeLimit) was hit first, e.g. on a chunked body.
            return (null, "photo_too_large", StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, "malformed_multipart", StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>
    /// The stream's bytes, or null as soon as there are more than <paramref name="limit"/>. The buffer starts at the
    /// body's announced length (capped by the limit), so a large photo is not copied through every doubling.
    /// </summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, long? expected, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Clamp(expected ?? 0, 0, limit));
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
