using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Web.Localization;

namespace ParkShare.Tests.Web.Staff;

/// <summary>No shipped administrator password: Development seeds the documented one, every other environment needs its own strong one.</summary>
public sealed class FirstAdminSettingsTests
{
    private const string Strong = "Kq7#vT2m!Lp9xR";

    [Fact]
    public void AppSettings_Shipped_CarriesNoPassword()
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(StringTablesTests.RepositoryRoot(), "appsettings.json")));

        Assert.DoesNotContain(Names(json.RootElement), n => n.Contains("password", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DevelopmentSettings_DocumentedAdministrator_InTheFileAndTheReadme()
    {
        var root = StringTablesTests.RepositoryRoot();
        var console = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "appsettings.Development.json"))).RootElement.GetProperty("Console");
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        Assert.Contains(console.GetProperty("AdminEmail").GetString()!, readme, StringComparison.Ordinal);
        Assert.Contains(console.GetProperty("AdminPassword").GetString()!, readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging", null)]
    [InlineData("Production", null)]
    [InlineData("Staging", "ParkShare!2026")]
    [InlineData("Production", "password1234")]
    [InlineData("Production", "Aa1!")]
    public void Start_OutsideDevelopmentWithoutAStrongOwnPassword_RefusedNamingTheSettingNotTheValue(string environment, string? password)
    {
        using var host = Host(environment, password, allowSandbox: true);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = error.ToString();
        Assert.Contains("Console:AdminPassword", message, StringComparison.Ordinal);
        if (password is not null)
        {
            Assert.DoesNotContain(password, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Start_StagingWithSandboxNotAllowed_RefusedNamingTheSetting()
    {
        using var host = Host("Staging", Strong, allowSandbox: false);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("WeChat:AllowSandboxInProduction", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StagingWithAStrongPasswordAndSandboxAllowed_AdminSignsIn()
    {
        using var host = Host("Staging", Strong, allowSandbox: true);
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await LoginTests.PostLoginAsync(client, "owner@example.com", Strong);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Login", response.Headers.Location?.ToString() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    private static WebApplicationFactory<Program> Host(string environment, string? password, bool allowSandbox)
    {
        var factory = new ParkShareWebFactory();
        factory.Settings["Console:AdminEmail"] = "owner@example.com";
        factory.Settings["Console:AdminPassword"] = password;
        factory.Settings["WeChat:AllowSandboxInProduction"] = allowSandbox ? "true" : "false";
        return factory.WithWebHostBuilder(b => b.UseEnvironment(environment));
    }

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
