using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;

namespace ParkShare.Web.Drivers;

/// <summary>
/// Authenticates drivers by their opaque session token: a bearer header from the mini-program, or
/// the mobile pages' cookie (API writes by cookie also need the CSRF header scripts add).
/// </summary>
public sealed class DriverAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DriverSessionService sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Driver";
    public const string DriverIdClaim = "driver_id";
    public const string SessionIdClaim = "driver_session_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        string token;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = header["Bearer ".Length..].Trim();
        }
        else if (Request.Cookies[DriverCookie.Name] is { Length: > 0 } cookie && !IsUnguardedApiWrite())
        {
            token = cookie;
        }
        else
        {
            return AuthenticateResult.NoResult();
        }

        var session = await sessions.AuthenticateSessionAsync(token, Context.RequestAborted);
        if (session is null)
        {
            return AuthenticateResult.Fail("The session token is unknown, expired or revoked.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(DriverIdClaim, session.DriverId.ToString()), new Claim(SessionIdClaim, session.SessionId.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!Request.Path.StartsWithSegments("/api"))
        {
            // A mobile page: off to the sign-in page, and back here afterwards.
            Response.Redirect("/m/signin?returnUrl=" + Uri.EscapeDataString(Request.PathBase + Request.Path + Request.QueryString));
            return;
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        var problems = Context.RequestServices.GetRequiredService<Api.ApiProblems>();
        await problems.Problem(StatusCodes.Status401Unauthorized, "session_required").ExecuteAsync(Context);
    }

    private bool IsUnguardedApiWrite() =>
        Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method) || HttpMethods.IsOptions(Request.Method))
        && !Request.Headers.ContainsKey(DriverCookie.CsrfHeader);
}
