using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Staff;

namespace ParkShare.Tests.Web.Hosting;

/// <summary>
/// Behind a reverse proxy: X-Forwarded-For is believed only from Proxy:KnownProxies / KnownNetworks, so rate limits are
/// keyed by the real client and nobody else can choose their key; an https PublicBaseUrl brings HSTS, the HTTPS
/// redirect and Secure cookies.
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.5";
    private readonly ParkShareWebFactory _factory = new()
    {
        Settings =
        {
            ["Proxy:KnownProxies:0"] = Proxy,
            ["Occupancy:InvalidKeysPerClientPerMinute"] = "2",
        },
    };

    [Fact]
    public async Task RateLimitKey_SpoofedForwardedForFromAClientThatIsNoProxy_StaysTheClientsAddress()
    {
        using var client = Client("203.0.113.5");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await GuessSensorKeyAsync(client, forwardedFor: $"198.51.100.{i + 1}"));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task RateLimitKey_ForwardedForFromTheConfiguredProxy_IsTheRealClientNotTheProxy()
    {
        using var proxy = Client(Proxy);

        var distinctClients = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            distinctClients.Add(await GuessSensorKeyAsync(proxy, forwardedFor: $"198.51.100.{i + 1}"));
        }

        var oneClient = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            oneClient.Add(await GuessSensorKeyAsync(proxy, forwardedFor: "192.0.2.77"));
        }

        Assert.All(distinctClients, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], oneClient);
    }

    [Fact]
    public async Task Https_PublicBaseUrlIsHttps_RedirectsPlainHttpSendsHstsAndEveryCookieIsSecure()
    {
        _factory.Settings["PublicBaseUrl"] = "https://parkshare.example";
        using var plain = Client("203.0.113.6", "http://parkshare.example");
        using var secure = Client("203.0.113.6", "https://parkshare.example");
        using var proxied = Client(Proxy, "http://parkshare.example");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");

        var redirect = await plain.GetAsync("/Account/Login");
        var page = await secure.GetAsync("/Account/Login");
        var signedIn = await LoginTests.PostLoginAsync(secure, "admin@parkshare.local", "ParkShare!2026");
        var culture = await secure.GetAsync("/culture?culture=en&redirectUri=%2F");
        var viaProxy = await proxied.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://parkshare.example/Account/Login", redirect.Headers.Location?.ToString());
        Assert.Contains("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, viaProxy.StatusCode);
        var cookies = new[] { page, signedIn, culture }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("ParkShare.Console=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Http_PublicBaseUrlIsHttp_NoRedirectNoHsts()
    {
        using var plain = Client("203.0.113.6", "http://parkshare.example");

        var page = await plain.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    public void Dispose()
    {
        _host?.Dispose();
        _factory.Dispose();
    }

    private WebApplicationFactory<Program>? _host;

    private HttpClient Client(string address, string baseAddress = "http://localhost")
    {
        _host ??= _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestClientAddress>()));
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private static async Task<HttpStatusCode> GuessSensorKeyAsync(HttpClient client, string forwardedFor)
    {
        var body = new { observations = new[] { new { space = "B1-B-001", occupied = true, observedAt = DateTimeOffset.UtcNow } } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/lots/{Guid.NewGuid()}/occupancy") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", "psk_" + Guid.NewGuid().ToString("N") + "0123456789a");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }
}
