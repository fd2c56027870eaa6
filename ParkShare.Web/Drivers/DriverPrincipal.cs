using System.Security.Claims;

namespace ParkShare.Web.Drivers;

public static class DriverPrincipal
{
    public const string Policy = "Driver";

    public static Guid DriverId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(DriverAuthenticationHandler.DriverIdClaim) ?? throw new InvalidOperationException("Not a driver."));

    /// <summary>The session the request came in with.</summary>
    public static Guid DriverSessionId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(DriverAuthenticationHandler.SessionIdClaim) ?? throw new InvalidOperationException("Not a driver."));
}
