using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using QRCoder;

namespace ParkShare.Tests.Fakes;

/// <summary>
/// WeChat's endpoints with their JSON shapes and errcodes (the fault injection runs before them): the code
/// exchanges, stable_token, the mini-program code, the subscribe and template messages, and the QR tickets.
/// </summary>
public sealed class FakeWeChatEndpoints(FakeWeChatTokens tokens)
{
    private const string MiniProgramAppId = FakeWeChatServer.MiniProgramAppId;
    private const string MiniProgramSecret = FakeWeChatServer.MiniProgramSecret;
    private const string OfficialAccountAppId = FakeWeChatServer.OfficialAccountAppId;
    private const string OfficialAccountSecret = FakeWeChatServer.OfficialAccountSecret;

    private readonly ConcurrentQueue<FakeWeChatMessage> _delivered = new();
    private readonly ConcurrentQueue<FakeTokenRequest> _tokenRequests = new();
    private readonly ConcurrentDictionary<string, byte> _usedCodes = new(StringComparer.Ordinal);
    private int _msgId;

    /// <summary>Every subscribe and template message accepted, in order.</summary>
    public IReadOnlyList<FakeWeChatMessage> Delivered => [.. _delivered];

    /// <summary>Runs after a message is accepted and recorded, before WeChat's answer is written.</summary>
    public Func<FakeWeChatMessage, Task>? OnDelivered { get; set; }

    public IReadOnlyList<FakeTokenRequest> TokenRequests => [.. _tokenRequests];

    public void Map(WebApplication app)
    {
        app.MapGet("/sns/jscode2session", (HttpContext context) =>
            CodeExchange(context, MiniProgramAppId, MiniProgramSecret, "js_code", code => new { openid = "fake-mp-" + code, session_key = Convert.ToBase64String(Encoding.UTF8.GetBytes(code.PadRight(16, '.')[..16])), unionid = "fake-union-" + code }));
        app.MapGet("/sns/oauth2/access_token", (HttpContext context) =>
            CodeExchange(context, OfficialAccountAppId, OfficialAccountSecret, "code", code => new { access_token = "oauth-user-token-" + code, expires_in = 7200, refresh_token = "oauth-refresh-" + code, openid = "fake-oa-" + code, scope = "snsapi_base", unionid = "fake-union-" + code }));
        app.MapPost("/cgi-bin/stable_token", Run(StableTokenAsync));
        app.MapPost("/wxa/getwxacodeunlimit", Run(WxaCodeAsync));
        app.MapPost("/cgi-bin/message/subscribe/send", Run(context => SendAsync(context, "subscribe", MiniProgramAppId)));
        app.MapPost("/cgi-bin/message/template/send", Run(context => SendAsync(context, "template", OfficialAccountAppId)));
        app.MapPost("/cgi-bin/qrcode/create", Run(QrCreateAsync));
    }

    private IResult CodeExchange(HttpContext context, string appId, string secret, string codeName, Func<string, object> answer)
    {
        var query = context.Request.Query;
        if (query["appid"] != appId)
        {
            return Error(40013, "invalid appid");
        }

        if (query["secret"] != secret)
        {
            return Error(40125, "invalid appsecret");
        }

        var code = query[codeName].ToString();
        if (query["grant_type"] != "authorization_code" || code.Length == 0 || code.StartsWith("invalid", StringComparison.Ordinal))
        {
            return Error(40029, "invalid code");
        }

        if (code.StartsWith("risky", StringComparison.Ordinal))
        {
            return Error(40226, "high risk user");
        }

        // A successful answer has no errcode at all (missing errcode means 0).
        return _usedCodes.TryAdd(appId + ":" + code, 0) ? Results.Json(answer(code)) : Error(40163, "code been used");
    }

    private async Task<IResult> StableTokenAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var appId = Text(root, "appid");
        var force = root.TryGetProperty("force_refresh", out var f) && f.ValueKind == JsonValueKind.True;
        _tokenRequests.Enqueue(new FakeTokenRequest(appId ?? "", force));
        var secret = appId == MiniProgramAppId ? MiniProgramSecret : appId == OfficialAccountAppId ? OfficialAccountSecret : null;
        if (Text(root, "grant_type") != "client_credential" || secret is null)
        {
            return Error(40013, "invalid appid");
        }

        if (Text(root, "secret") != secret)
        {
            return Error(40125, "invalid appsecret");
        }

        var (token, expiresIn) = tokens.Issue(appId!, force);
        return Results.Json(new { access_token = token, expires_in = expiresIn });
    }

    private async Task<IResult> WxaCodeAsync(HttpContext context)
    {
        if (tokens.Check(context.Request.Query["access_token"], MiniProgramAppId) is not 0 and var refused)
        {
            return TokenError(refused);
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var scene = Text(body.RootElement, "scene") ?? "";
        if (scene.Length is 0 or > 32)
        {
            return Error(40169, "invalid length for scene");
        }

        using var qr = QRCodeGenerator.GenerateQrCode($"fake-wxacode:{Text(body.RootElement, "page")}?scene={scene}", QRCodeGenerator.ECCLevel.M);
        return Results.Bytes(new PngByteQRCode(qr).GetGraphic(4), "image/png");
    }

    private async Task<IResult> SendAsync(HttpContext context, string kind, string appId)
    {
        if (tokens.Check(context.Request.Query["access_token"], appId) is not 0 and var refused)
        {
            return TokenError(refused);
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var to = Text(root, "touser");
        var template = Text(root, "template_id");
        if (to is null)
        {
            return Error(40003, "invalid openid");
        }

        if (template is null)
        {
            return Error(40037, "invalid template_id");
        }

        if (kind == "template" && to.StartsWith("unfollowed", StringComparison.Ordinal))
        {
            return Error(43004, "require subscribe");
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("data", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                if (Text(field.Value, "value") is not { } value)
                {
                    return Error(47003, $"argument invalid! data.{field.Name}.value is empty");
                }

                if ((field.Name.StartsWith("thing", StringComparison.Ordinal) && value.Length > 20) || (field.Name.StartsWith("car_number", StringComparison.Ordinal) && value.Length > 8))
                {
                    return Error(47003, $"argument invalid! data.{field.Name}.value invalid");
                }

                data[field.Name] = value;
            }
        }

        var target = kind == "subscribe"
            ? Text(root, "page")
            : Text(root, "url") ?? (root.TryGetProperty("miniprogram", out var mp) ? Text(mp, "pagepath") : null);
        var message = new FakeWeChatMessage(DateTime.UtcNow, kind, to, template, target, data, root.Clone());
        _delivered.Enqueue(message);
        if (OnDelivered is { } delivered)
        {
            await delivered(message); // before the answer: a test may stop the caller here
        }

        return Results.Json(new { errcode = 0, errmsg = "ok", msgid = Interlocked.Increment(ref _msgId) });
    }

    private async Task<IResult> QrCreateAsync(HttpContext context)
    {
        if (tokens.Check(context.Request.Query["access_token"], OfficialAccountAppId) is not 0 and var refused)
        {
            return TokenError(refused);
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var action = Text(root, "action_name");
        var scene = root.TryGetProperty("action_info", out var info) && info.TryGetProperty("scene", out var s) ? Text(s, "scene_str") : null;
        var seconds = root.TryGetProperty("expire_seconds", out var e) && e.TryGetInt32(out var v) ? v : (int?)null;
        if (scene is not { Length: > 0 and <= 64 } || action is not ("QR_STR_SCENE" or "QR_LIMIT_STR_SCENE")
            || (action == "QR_STR_SCENE" && seconds is not (> 0 and <= 2_592_000)))
        {
            return Error(40097, "invalid args");
        }

        var ticket = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{action}:{scene}:{Interlocked.Increment(ref _msgId)}"));
        var url = "http://weixin.qq.com/q/fake-" + Uri.EscapeDataString(ticket);
        return action == "QR_STR_SCENE"
            ? Results.Json(new { ticket, expire_seconds = seconds, url })
            : Results.Json(new { ticket, url });
    }

    private static RequestDelegate Run(Func<HttpContext, Task<IResult>> handler) =>
        async context => await (await handler(context)).ExecuteAsync(context);

    private static IResult TokenError(int code) =>
        Error(code, code == 42001 ? "access_token expired" : "invalid credential, access_token is invalid or not latest");

    internal static IResult Error(int code, string message) => Results.Json(new { errcode = code, errmsg = message + " rid: fake" });

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
