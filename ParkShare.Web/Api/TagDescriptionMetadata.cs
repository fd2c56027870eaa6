namespace ParkShare.Web.Api;

/// <summary>Endpoint metadata that describes the endpoint's OpenAPI tag; declared once per group beside its <c>WithTags</c>.</summary>
public sealed record TagDescriptionMetadata(string Name, string Description);
