using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>
/// A host for share tests: small, known rate limits; every log line at every level captured; and
/// the client address taken from an X-Test-Client header so tests can be two different phones.
/// </summary>
public sealed class ShareSite : IDisposable
{
    public const int MissLimit = 3;
    private readonly ParkShareWebFactory _root = new();

    public ShareSite()
    {
        _root.Settings["Sharing:MissesPerClientPerMinute"] = MissLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _root.Settings["Sharing:ViewsPerLinkPerMinute"] = "0";
        _root.Settings["Logging:LogLevel:Default"] = "Trace";
        _root.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        _root.Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace";
        Factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestClientAddress>();
            services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs));
        }));
    }

    public WebApplicationFactory<Program> Factory { get; }

    public ConcurrentQueue<string> Logs { get; } = new();

    public HttpClient Phone(string address = "198.51.100.7")
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    /// <summary>A driver parks at <paramref name="code"/> and shares it; returns the driver's client, the share JSON and the token.</summary>
    public async Task<(HttpClient Driver, JsonElement Share, string Token)> ShareAsync(string code, object? options = null)
    {
        var driver = Factory.CreateClient();
        var session = await (await driver.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        driver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        var lot = (await driver.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString();
        var record = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = lot, position = new { kind = "spaceCode", code }, plate = $"沪A{Random.Shared.Next(10_000, 99_999)}", note = "后备箱有伞" });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
        var recordId = (await record.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var body = JsonSerializer.SerializeToElement(options ?? new { });
        var request = new Dictionary<string, object?> { ["recordId"] = recordId };
        foreach (var property in body.EnumerateObject())
        {
            request[property.Name] = property.Value;
        }

        var created = await driver.PostAsJsonAsync("/api/mp/shares", request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var share = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (driver, share, share.GetProperty("url").GetString()!.Split('/').Last());
    }

    public void Dispose()
    {
        Factory.Dispose();
        _root.Dispose();
    }

    private sealed class TestClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
