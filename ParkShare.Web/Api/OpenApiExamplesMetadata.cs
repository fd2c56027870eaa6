namespace ParkShare.Web.Api;

/// <summary>
/// Endpoint metadata with example bodies for the API description, declared beside the endpoint with
/// <see cref="OpenApiEndpointExtensions.WithExamples{TBuilder}"/>; they are serialized like real bodies.
/// </summary>
public sealed record OpenApiExamplesMetadata(object? Response, object? Request);
