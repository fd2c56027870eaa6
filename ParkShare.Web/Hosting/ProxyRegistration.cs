using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ParkShare.Web.Hosting;

/// <summary>
/// Behind a reverse proxy: forwarded headers believed only from <see cref="ProxyOptions"/>'s proxies (so every rate
/// limit keyed by the connection's address sees the real client, and no one else can pick their key), and when
/// PublicBaseUrl is https, HSTS, the HTTPS redirect and the Secure flag on every cookie.
/// </summary>
public static class ProxyRegistration
{
    public static WebApplicationBuilder AddParkShareProxy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxy.Value.ForwardLimit;
            // The defaults trust loopback; only what is configured is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        if (IsHttps(builder.Configuration))
        {
            var port = new Uri(builder.Configuration["PublicBaseUrl"]!).Port;
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
            services.AddHttpsRedirection(o => o.HttpsPort = port);
            services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
        }

        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseParkShareProxy(this WebApplication app)
    {
        // With no proxy configured the middleware would believe anyone (its checks apply only to a non-empty list).
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Configured)
        {
            app.UseForwardedHeaders();
        }

        if (IsHttps(app.Configuration))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
            app.UseCookiePolicy();
        }

        return app;
    }

    private static bool IsHttps(IConfiguration configuration) =>
        Uri.TryCreate(configuration["PublicBaseUrl"], UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
}
