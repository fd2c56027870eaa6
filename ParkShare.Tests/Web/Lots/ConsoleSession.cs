using Microsoft.AspNetCore.Mvc.Testing;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Web.Lots.Editing;
using ParkShare.Tests.Web.Occupancy;
using ParkShare.Tests.Web.Parking;
using ParkShare.Tests.Web.Staff;

using ParkShare.Tests.Web.Lots.Exchange;
using ParkShare.Tests.Web.Lots.FloorPlans;
using ParkShare.Tests.Web.Lots.Markers;
namespace ParkShare.Tests.Web.Lots;

/// <summary>An HTTP client signed in to the console as the configured first Admin (cookie kept).</summary>
internal static class ConsoleSession
{
    public static async Task<HttpClient> AdminAsync(ParkShareWebFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await LoginTests.PostLoginAsync(client, "admin@parkshare.local", "ParkShare!2026");
        return client;
    }
}
