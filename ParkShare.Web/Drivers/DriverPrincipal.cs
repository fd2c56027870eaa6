using System.Security.Claims;

namespace ParkShare.Web.Drivers;

public static class DriverPrincipal
{
    public const string Policy = "Driver";

    public static Guid DriverId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(DriverAuthenticationHandler.DriverIdClaim) ?? throw new InvalidOperationException("Not a driver."));
}
