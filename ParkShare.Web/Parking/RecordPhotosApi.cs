using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using ParkShare.Core.Parking;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Imaging;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Parking;

/// <summary>/api/mp/records/{id}/photo: a photo of where the car stands, kept only as a clean re-encoded JPEG.</summary>
public static class RecordPhotosApi
{
    public const string CacheControl = "private, max-age=3600";

    public static IEndpointRouteBuilder MapRecordPhotosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp").WithTag("Parking records", "Where a driver parked: create, list, correct the position, add a photo, end.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/records/{id:guid}/photo", UploadAsync).WithName("UploadRecordPhoto")
            .WithSummary("Add a photo to a record")
            .WithDescription(
                "multipart/form-data with one file field `photo`: JPEG or PNG up to 5 MB (40 megapixels). It is turned upright, scaled to at most 2048 px "
                + "and re-encoded as JPEG, which drops EXIF and GPS metadata. Replaces an earlier photo; the record's `photoUrl` changes with it.")
            .WithExamples(response: ParkingExamples.Record)
            .ProducesProblems(
                (400, "photo_required"), (400, "photo_empty"), (400, "malformed_multipart"), SignedOut, (404, "record_not_found"), (409, "record_ended_photo"),
                (413, "photo_too_large"), (413, "photo_too_many_pixels"), (415, "photo_not_image"), (415, "photo_multipart_required"),
                (429, "rate_limited"), (503, "storage_full"), (503, "uploads_busy"))
            .AddOpenApiOperationTransformer(DescribeUploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(PhotoUpload.MaxRequestBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/records/{id:guid}/photo", GetAsync).WithName("GetRecordPhoto")
            .WithSummary("Get a record's photo").WithDescription("The stored JPEG (private cache, ETag); only the record's owner may fetch it.")
            .WithExamples(response: "<binary JPEG>")
            .ProducesProblems(SignedOut, (404, "record_not_found"), (404, "photo_not_found"))
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/records/{id:guid}/photo", DeleteAsync).WithName("DeleteRecordPhoto").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete a record's photo").WithDescription("Removes the photo file and the record's `photoUrl`.")
            .ProducesProblems(SignedOut, (404, "record_not_found"), (404, "photo_not_found"));
        group.MapMalformedId("POST /records/{id}/photo", "record_not_found");
        group.MapMalformedId("GET /records/{id}/photo", "record_not_found");
        group.MapMalformedId("DELETE /records/{id}/photo", "record_not_found");
        return app;
    }

    public static async Task<Results<Ok<ParkingRecordDto>, ProblemHttpResult>> UploadAsync(
        Guid id, HttpContext context, ParkingService parking, RecordPhotoService photos, PhotoProcessor processor, UploadLimits uploads,
        ParkingRecordMapper records, ApiProblems problems, CancellationToken cancellationToken)
    {
        var driverId = context.User.DriverId();
        var record = await parking.FindAsync(driverId, id, cancellationToken);
        if (record is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "record_not_found");
        }

        if (!record.IsActive)
        {
            return problems.Problem(StatusCodes.Status409Conflict, "record_ended_photo");
        }

        if (!uploads.TryTake(driverId))
        {
            context.Response.Headers.RetryAfter = ((int)UploadLimits.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return problems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited");
        }

        if (!processor.HasRoom)
        {
            return Busy(context, problems);
        }

        var (upload, problemCode, status) = await PhotoUpload.ReadAsync(context.Request, cancellationToken);
        if (upload is null)
        {
            return problems.Problem(status, problemCode!, PhotoUpload.MaxPhotoBytes / (1024 * 1024));
        }

        var photo = await processor.ProcessAsync(upload, cancellationToken);
        switch (photo.Error)
        {
            case PhotoError.Empty:
                return problems.Problem(StatusCodes.Status400BadRequest, "photo_empty");
            case PhotoError.NotImage:
                return problems.Problem(StatusCodes.Status415UnsupportedMediaType, "photo_not_image");
            case PhotoError.TooManyPixels:
                return problems.Problem(StatusCodes.Status413PayloadTooLarge, "photo_too_many_pixels", PhotoProcessor.MaxPixels / 1_000_000);
            case PhotoError.Busy:
                return Busy(context, problems);
        }

        var outcome = await photos.AttachAsync(driverId, id, photo.Jpeg!, cancellationToken);
        return outcome switch
        {
            { Record: { } r } => TypedResults.Ok(await records.ToDtoAsync(r, cancellationToken)),
            { Error: ParkingError.AlreadyEnded } => problems.Problem(StatusCodes.Status409Conflict, "record_ended_photo"),
            { Error: ParkingError.StorageFull } => StorageFull(context, problems),
            _ => problems.Problem(StatusCodes.Status404NotFound, "record_not_found"),
        };
    }

    private static ProblemHttpResult StorageFull(HttpContext context, ApiProblems problems)
    {
        context.Response.Headers.RetryAfter = "60";
        return problems.Problem(StatusCodes.Status503ServiceUnavailable, "storage_full");
    }

    /// <summary>The decoders and their queue are full: refused at once, to be tried again shortly.</summary>
    private static ProblemHttpResult Busy(HttpContext context, ApiProblems problems)
    {
        var seconds = (int)ImageDecodeGate.RetryAfter.TotalSeconds;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return problems.Problem(StatusCodes.Status503ServiceUnavailable, "uploads_busy");
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, ParkingService parking, PhotoStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        var record = await parking.FindAsync(context.User.DriverId(), id, cancellationToken);
        if (record is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "record_not_found");
        }

        var file = record.HasPhoto ? store.OpenRead(id) : null;
        if (file is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "photo_not_found");
        }

        context.Response.Headers.CacheControl = CacheControl;
        var version = Version(record.PhotoUpdatedAtUtc!.Value);
        return TypedResults.Stream(file, "image/jpeg", lastModified: record.PhotoUpdatedAtUtc.Value.ToOffset(),
            entityTag: new EntityTagHeaderValue($"\"{version}\""));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext context, RecordPhotoService photos, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = await photos.RemoveAsync(context.User.DriverId(), id, cancellationToken);
        return outcome switch
        {
            { Record: not null } => TypedResults.NoContent(),
            { Error: ParkingError.NoPhoto } => problems.Problem(StatusCodes.Status404NotFound, "photo_not_found"),
            _ => problems.Problem(StatusCodes.Status404NotFound, "record_not_found"),
        };
    }

    /// <summary>The photo's address for the record's JSON; its version changes with every new photo, so caches never show an old one.</summary>
    public static string? UrlFor(ParkingRecord record) =>
        record.PhotoUpdatedAtUtc is { } updated ? $"/api/mp/records/{record.Id}/photo?v={Version(updated)}" : null;

    /// <summary>
    /// The multipart body for the API description. (Accepts metadata would also make routing answer
    /// every other content type with the generic JSON-only 415, before our clearer problem.)
    /// </summary>
    private static Task DescribeUploadAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var photo = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "JPEG or PNG, at most 5 MB and 40 megapixels" };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { PhotoUpload.FieldName },
                        Properties = new Dictionary<string, IOpenApiSchema> { [PhotoUpload.FieldName] = photo },
                    },
                    Example = new System.Text.Json.Nodes.JsonObject { [PhotoUpload.FieldName] = "<binary JPEG or PNG>" },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static string Version(DateTime updatedAtUtc) =>
        new DateTimeOffset(DateTime.SpecifyKind(updatedAtUtc, DateTimeKind.Utc)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
