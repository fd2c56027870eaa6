using Microsoft.AspNetCore.Mvc.Testing;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Web.Staff;

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
