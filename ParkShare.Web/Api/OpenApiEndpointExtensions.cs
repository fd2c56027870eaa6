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
}
