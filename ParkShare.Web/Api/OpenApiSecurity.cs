using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Api;

/// <summary>
/// Declares the API's three ways to authenticate and gives every operation the one its endpoint requires,
/// read from the endpoint's own authorization metadata, so a generated client knows what to send.
/// </summary>
public sealed class OpenApiSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Bearer = "driverBearer";
    public const string ConsoleCookie = "consoleCookie";
    public const string SensorApiKey = "sensorApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "opaque",
            Description = "A driver's session token from POST /api/mp/session.",
        };
        document.Components.SecuritySchemes[ConsoleCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "ParkShare.Console",
            Description = "The console's sign-in cookie (/Account/Login); writes also need the X-ParkShare-Csrf header.",
        };
        document.Components.SecuritySchemes[SensorApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "A lot's sensor key as `Authorization: ApiKey psk_…` (created on the lot's Sensor API keys page).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var requirements = new List<OpenApiSecurityRequirement>();
        if (metadata.OfType<SecuritySchemeMetadata>().LastOrDefault() is { } declared)
        {
            if (declared.Optional)
            {
                requirements.Add([]);
            }

            requirements.Add(Require(declared.Scheme, context.Document));
        }
        else if (metadata.OfType<IAllowAnonymous>().Any())
        {
            requirements.Add([]);
        }
        else if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == DriverPrincipal.Policy))
        {
            requirements.Add(Require(Bearer, context.Document));
        }
        else if (metadata.OfType<AuthorizationPolicy>().Any(p => p.AuthenticationSchemes.Contains(IdentityConstants.ApplicationScheme))
            || metadata.OfType<IAuthorizeData>().Any())
        {
            requirements.Add(Require(ConsoleCookie, context.Document));
        }
        else
        {
            requirements.Add([]);
        }

        operation.Security = requirements;
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Require(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
