using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;

namespace ParkShare.Web.Drivers;

/// <summary>Authenticates mini-program calls by their opaque bearer session token.</summary>
public sealed class DriverAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DriverSessionService sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Driver";
    public const string DriverIdClaim = "driver_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var driverId = await sessions.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (driverId is null)
        {
            return AuthenticateResult.Fail("The session token is unknown, expired or revoked.");
        }

        var identity = new ClaimsIdentity([new Claim(DriverIdClaim, driverId.Value.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var problems = Context.RequestServices.GetRequiredService<Api.ApiProblems>();
        await problems.Problem(StatusCodes.Status401Unauthorized, "session_required").ExecuteAsync(Context);
    }
}
