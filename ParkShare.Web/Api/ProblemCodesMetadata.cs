namespace ParkShare.Web.Api;

/// <summary>
/// Endpoint metadata listing the problems an endpoint answers with (status and stable code), declared beside
/// the endpoint with <see cref="OpenApiEndpointExtensions.ProducesProblems{TBuilder}"/>. The API description
/// turns them into application/problem+json responses, one example per status.
/// </summary>
public sealed record ProblemCodesMetadata(IReadOnlyList<(int Status, string Code)> Problems);
