using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ParkShare.Web.Api;

/// <summary>The document's own header: title, description, licence, server addresses without a trailing slash, and each tag's description.</summary>
public sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ParkShare API";
        document.Info.Description = "Record exactly where a car is parked in a multi-storey lot and share it safely: the mini-program API (/api/mp), "
            + "the lot sensors' occupancy feed and the console's lot exchange. Errors are RFC 9457 problems with a stable `code`, "
            + "their text in the request's language (zh-CN by default, en).";
        document.Info.License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://parkshare.invalid/license") };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        var described = context.DescriptionGroups.SelectMany(g => g.Items)
            .SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<TagDescriptionMetadata>())
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Description, StringComparer.Ordinal);
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && described.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
