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
public sealed partial class FakeWeChatServer : IAsyncDisposable
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
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<WeChatFault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeWeChatMessage> _delivered = new();
    private readonly ConcurrentQueue<FakeTokenRequest> _tokenRequests = new();
    private readonly ConcurrentDictionary<string, byte> _usedCodes = new(StringComparer.Ordinal);

    private FakeWeChatServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>How long a <see cref="WeChatFault.Slow"/> answer waits.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>expires_in of the access tokens stable_token issues.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Every subscribe and template message accepted, in order.</summary>
    public IReadOnlyList<FakeWeChatMessage> Delivered => [.. _delivered];

    /// <summary>Runs after a message is accepted and recorded, before WeChat's answer is written.</summary>
    public Func<FakeWeChatMessage, Task>? OnDelivered { get; set; }

    public IReadOnlyList<FakeTokenRequest> TokenRequests => [.. _tokenRequests];

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

        lock (_gate)
        {
            var queue = _faults.TryGetValue(endpoint, out var q) ? q : _faults[endpoint] = new Queue<WeChatFault>();
            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>How many requests reached <paramref name="endpoint"/> (faults included).</summary>
    public int Calls(string endpoint) => _calls.GetValueOrDefault(endpoint);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private WeChatFault? NextFault(string endpoint)
    {
        lock (_gate)
        {
            return _faults.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }
}
