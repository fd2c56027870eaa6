using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ParkShare.Tests.Fakes;

/// <summary>
/// WeChat's HTTP APIs on a real Kestrel server on a loopback port, with the real JSON shapes:
/// jscode2session, sns/oauth2/access_token, stable_token, getwxacodeunlimit, message/subscribe/send,
/// message/template/send, qrcode/create. It issues access tokens, checks the token (and that it
/// belongs to the right app) on every call, keeps every delivered message, and answers injected
/// faults: <c>server.FailNext("message/subscribe/send", WeChatFault.Busy, times: 3)</c>.
/// Point a host at it with <see cref="Settings"/>.
/// </summary>
public sealed class FakeWeChatServer : IAsyncDisposable
{
    public const string MiniProgramAppId = "wxf00dfeed00000001";
    public const string MiniProgramSecret = "mp-secret-9f2b77c1d04e4a8f";
    public const string OfficialAccountAppId = "wxf00dfeed00000002";
    public const string OfficialAccountSecret = "oa-secret-3c8e51aa96b24d07";
    public const string OfficialAccountToken = "fake-callback-token";
    public const string EncodingAesKey = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR";

    /// <summary>Endpoint names for <see cref="FailNext"/> and <see cref="Calls"/> (the end of the path).</summary>
    public const string Code2Session = "jscode2session";
    public const string OAuthAccessToken = "oauth2/access_token";
    public const string StableToken = "stable_token";
    public const string WxaCode = "getwxacodeunlimit";
    public const string SubscribeSend = "message/subscribe/send";
    public const string TemplateSend = "message/template/send";
    public const string QrCreate = "qrcode/create";

    private static readonly string[] Endpoints = [Code2Session, OAuthAccessToken, StableToken, WxaCode, SubscribeSend, TemplateSend, QrCreate];

    private readonly WebApplication _app;
    private readonly FakeWeChatFaults _faults = new();
    private readonly FakeWeChatTokens _tokens = new();
    private readonly FakeWeChatEndpoints _endpoints;
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    private FakeWeChatServer(WebApplication app)
    {
        _app = app;
        _endpoints = new FakeWeChatEndpoints(_tokens);
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>How long a <see cref="WeChatFault.Slow"/> answer waits.</summary>
    public TimeSpan SlowDelay { get => _faults.SlowDelay; set => _faults.SlowDelay = value; }

    /// <summary>expires_in of the access tokens stable_token issues.</summary>
    public TimeSpan TokenLifetime { get => _tokens.Lifetime; set => _tokens.Lifetime = value; }

    /// <summary>Every subscribe and template message accepted, in order.</summary>
    public IReadOnlyList<FakeWeChatMessage> Delivered => _endpoints.Delivered;

    /// <summary>Runs after a message is accepted and recorded, before WeChat's answer is written.</summary>
    public Func<FakeWeChatMessage, Task>? OnDelivered { get => _endpoints.OnDelivered; set => _endpoints.OnDelivered = value; }

    public IReadOnlyList<FakeTokenRequest> TokenRequests => _endpoints.TokenRequests;

    /// <summary>Every access token issued so far (for "no secret in the logs" assertions).</summary>
    public IReadOnlyList<string> IssuedTokens => _tokens.Issued;

    public static async Task<FakeWeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeWeChatServer(app);
        server.Map(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        server.BaseUrl = addresses.Addresses.First();
        return server;
    }

    /// <summary>Configuration that points a ParkShare host (Live mode) at this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["WeChat:Mode"] = "Live",
        ["WeChat:ApiBaseUrl"] = BaseUrl,
        ["WeChat:MiniProgram:AppId"] = MiniProgramAppId,
        ["WeChat:MiniProgram:AppSecret"] = MiniProgramSecret,
        ["WeChat:OfficialAccount:AppId"] = OfficialAccountAppId,
        ["WeChat:OfficialAccount:AppSecret"] = OfficialAccountSecret,
        ["WeChat:OfficialAccount:Token"] = OfficialAccountToken,
        ["WeChat:OfficialAccount:EncodingAESKey"] = EncodingAesKey,
    };

    /// <summary>The next <paramref name="times"/> calls of <paramref name="endpoint"/> answer <paramref name="fault"/> (queued after earlier faults).</summary>
    public void FailNext(string endpoint, WeChatFault fault, int times = 1)
    {
        if (!Endpoints.Contains(endpoint))
        {
            throw new ArgumentException($"Unknown endpoint {endpoint}; use one of {string.Join(", ", Endpoints)}.", nameof(endpoint));
        }

        _faults.Enqueue(endpoint, fault, times);
    }

    /// <summary>Every token issued so far now answers 42001; stable_token issues new ones.</summary>
    public void ExpireTokens() => _tokens.ExpireAll();

    /// <summary>
    /// Every token issued so far now answers 40001, yet stable_token without force_refresh keeps handing
    /// out the current one (as WeChat does when a token was reset elsewhere); force_refresh issues a new one.
    /// </summary>
    public void RevokeTokens() => _tokens.RevokeAll();

    /// <summary>How many requests reached <paramref name="endpoint"/> (faults included).</summary>
    public int Calls(string endpoint) => _calls.GetValueOrDefault(endpoint);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Counts each call of a known endpoint and answers its injected fault, if any, before the endpoint runs.</summary>
    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var endpoint = Endpoints.FirstOrDefault(e => context.Request.Path.Value?.EndsWith("/" + e, StringComparison.Ordinal) == true);
            if (endpoint is null)
            {
                await next(context);
                return;
            }

            _calls.AddOrUpdate(endpoint, 1, (_, n) => n + 1);
            if (!await _faults.AnswerNextAsync(context, endpoint))
            {
                await next(context);
            }
        });
        _endpoints.Map(app);
    }
}
