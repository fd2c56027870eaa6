namespace ParkShare.Web.Api;

/// <summary>Declarations an endpoint makes about itself for the API description.</summary>
public static class OpenApiEndpointExtensions
{
    /// <summary>Tags the endpoints and describes the tag in the same place.</summary>
    public static TBuilder WithTag<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(name).WithMetadata(new TagDescriptionMetadata(name, description));

    /// <summary>Names how a caller authenticates where the authorization metadata cannot (an endpoint checking its own key, or an optional token).</summary>
    public static TBuilder WithSecurityScheme<TBuilder>(this TBuilder builder, string scheme, bool optional = false)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SecuritySchemeMetadata(scheme, optional));

    /// <summary>
    /// The problems the endpoint answers with, by status and stable code; the first code of a status gives
    /// that status's example. Documented as application/problem+json (see <see cref="OpenApiOperationDocs"/>).
    /// </summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params (int Status, string Code)[] problems)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemCodesMetadata(problems));

    /// <summary>Example bodies for the API description, serialized like the real ones (a request example leaves out nulls).</summary>
    public static TBuilder WithExamples<TBuilder>(this TBuilder builder, object? response = null, object? request = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiExamplesMetadata(response, request));
}
