using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Staff;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Web.Staff;
using ParkShare.Web.Staff;

namespace ParkShare.Tests.Support;

/// <summary>Console staff clients for the /api/console tests: the first admin, or a new operator assigned to some lots.</summary>
public static class ConsoleSignIn
{
    public static async Task<HttpClient> AdminAsync(ParkShareWebFactory factory)
    {
        var client = NewClient(factory);
        await LoginTests.PostLoginAsync(client, "admin@parkshare.local", "ParkShare!2026");
        return client;
    }

    public static async Task<HttpClient> OperatorAsync(ParkShareWebFactory factory, string email, params Guid[] lots)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var staff = scope.ServiceProvider.GetRequiredService<StaffAdministration>();
            Assert.Empty(await staff.CreateOperatorAsync(email, "Operator", "Operator2026x"));
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByEmailAsync(email);
            await staff.SetAssignmentsAsync(new ParkShare.Core.Lots.History.ConsoleActor("test", "Test"), user!.Id, lots);
        }

        var client = NewClient(factory);
        await LoginTests.PostLoginAsync(client, email, "Operator2026x");
        return client;
    }

    public static HttpClient NewClient(ParkShareWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
