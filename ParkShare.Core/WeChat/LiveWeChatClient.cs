using Microsoft.Extensions.Options;

namespace ParkShare.Core.WeChat;

/// <summary>
/// The real WeChat APIs (WECHAT.md) over <see cref="WeChatHttp"/>. Calls that need an access token take
/// it from <see cref="WeChatTokenCache"/>; when WeChat refuses it (40001/42001) the token is renewed once
/// and the call tried once more, and a second refusal surfaces. Busy (-1) and rate limits (45011) surface
/// typed and are not retried here: the caller (the outbox) decides when to try again.
/// </summary>
public sealed class LiveWeChatClient(WeChatHttp http, WeChatTokenCache tokens, IOptions<WeChatOptions> options, TimeProvider clock) : IWeChatClient
{
    public const int MaxQrLifetimeSeconds = 2_592_000;
    private const int MaxCodeLength = 256;
    private const int MaxSceneLength = 64;

    public async Task<WeChatLogin> Code2SessionAsync(string code, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        var app = options.Value.MiniProgram;
        const string api = "jscode2session";
        // Single-use code: the pipeline never resends this request.
        using var json = await http.GetJsonAsync(api, app.AppId,
            $"sns/jscode2session?appid={E(app.AppId)}&secret={E(app.AppSecret)}&js_code={E(code)}&grant_type=authorization_code",
            retrySafe: false, cancellationToken);
        var root = json.RootElement;
        return new WeChatLogin(http.Required(api, app.AppId, root, "openid"), WeChatHttp.Optional(root, "unionid"), http.Required(api, app.AppId, root, "session_key"));
    }

    public async Task<WeChatIdentity> ExchangeOAuthCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        CheckCode(code);
        var app = options.Value.OfficialAccount;
        const string api = "oauth2/access_token";
        using var json = await http.GetJsonAsync(api, app.AppId,
            $"sns/oauth2/access_token?appid={E(app.AppId)}&secret={E(app.AppSecret)}&code={E(code)}&grant_type=authorization_code",
            retrySafe: false, cancellationToken);
        var root = json.RootElement;
        return new WeChatIdentity(WeChatChannel.OfficialAccount, http.Required(api, app.AppId, root, "openid"), WeChatHttp.Optional(root, "unionid"));
    }

    public async Task<WeChatImage> GetMiniProgramCodeAsync(MiniProgramCodeRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(request.Scene) || request.Scene.Length > 32 || request.Scene.Any(c => c is < '!' or > '~'))
        {
            throw new WeChatException(WeChatException.InvalidScene, "invalid scene (1-32 visible ASCII characters)");
        }

        const string api = "getwxacodeunlimit";
        var app = options.Value.MiniProgram;
        var body = new
        {
            scene = request.Scene,
            page = request.Page,
            env_version = request.EnvVersion,
            width = request.Width,
            // WeChat can only check pages of the released version.
            check_path = request.EnvVersion == "release",
        };
        return await WithTokenAsync(app, async token =>
        {
            var answer = await http.PostAsync(api, app.AppId, $"wxa/getwxacodeunlimit?access_token={E(token)}", body, retrySafe: true, cancellationToken);
            // An error is JSON, sometimes under an image content type: the first byte decides.
            if (answer.Body.Length > 0 && answer.Body[0] == (byte)'{')
            {
                using var json = http.Parse(api, app.AppId, answer.Body);
                throw http.Fail(api, app.AppId, WeChatException.Transport, "JSON answer without an image");
            }

            if (answer.Body.Length == 0 || answer.MediaType is null || !answer.MediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
            {
                throw http.Fail(api, app.AppId, WeChatException.Transport, "answer is neither an image nor JSON");
            }

            return new WeChatImage(answer.MediaType, answer.Body);
        }, cancellationToken);
    }

    public async Task<OfficialAccountQr> CreateOfficialAccountQrAsync(string scene, TimeSpan? lifetime, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(scene) || scene.Length > MaxSceneLength)
        {
            throw new WeChatException(WeChatException.InvalidScene, "invalid scene (1-64 characters)");
        }

        const string api = "qrcode/create";
        var app = options.Value.OfficialAccount;
        int? seconds = lifetime is { } l ? (int)Math.Clamp(Math.Ceiling(l.TotalSeconds), 60, MaxQrLifetimeSeconds) : null;
        object body = seconds is { } s
            ? new { expire_seconds = s, action_name = "QR_STR_SCENE", action_info = new { scene = new { scene_str = scene } } }
            : new { action_name = "QR_LIMIT_STR_SCENE", action_info = new { scene = new { scene_str = scene } } };
        return await WithTokenAsync(app, async token =>
        {
            // Asking twice only makes a second ticket for the same scene: safe to resend.
            using var json = await http.PostJsonAsync(api, app.AppId, $"cgi-bin/qrcode/create?access_token={E(token)}", body, retrySafe: true, cancellationToken);
            var root = json.RootElement;
            var ticket = http.Required(api, app.AppId, root, "ticket");
            var url = http.Required(api, app.AppId, root, "url");
            DateTime? expires = null;
            if (seconds is not null)
            {
                var granted = root.TryGetProperty("expire_seconds", out var e) && e.TryGetInt32(out var v) ? v : seconds.Value;
                expires = clock.GetUtcNow().UtcDateTime.AddSeconds(granted);
            }

            return new OfficialAccountQr(scene, ticket, url, expires);
        }, cancellationToken);
    }

    public async Task SendSubscribeMessageAsync(SubscribeMessage message, CancellationToken cancellationToken = default)
    {
        var app = options.Value.MiniProgram;
        var body = new
        {
            touser = message.ToOpenId,
            template_id = message.TemplateId,
            page = message.Page,
            data = Values(message.Data),
            miniprogram_state = message.MiniProgramState,
            lang = message.Lang,
        };
        await SendMessageAsync("message/subscribe/send", app, body, cancellationToken);
    }

    public async Task SendTemplateMessageAsync(TemplateMessage message, CancellationToken cancellationToken = default)
    {
        var app = options.Value.OfficialAccount;
        var body = new Dictionary<string, object>
        {
            ["touser"] = message.ToOpenId,
            ["template_id"] = message.TemplateId,
            ["data"] = Values(message.Data),
        };
        if (message.Url is { Length: > 0 } url)
        {
            body["url"] = url;
        }

        if (message.MiniProgramPage is { Length: > 0 } page)
        {
            body["miniprogram"] = new { appid = options.Value.MiniProgram.AppId, pagepath = page };
        }

        await SendMessageAsync("message/template/send", app, body, cancellationToken);
    }

    private async Task SendMessageAsync(string api, WeChatAppOptions app, object body, CancellationToken cancellationToken) =>
        await WithTokenAsync(app, async token =>
        {
            // May have been delivered once WeChat saw it: never resent by the pipeline.
            using var json = await http.PostJsonAsync(api, app.AppId, $"cgi-bin/{api}?access_token={E(token)}", body, retrySafe: false, cancellationToken);
            return true;
        }, cancellationToken);

    private async Task<T> WithTokenAsync<T>(WeChatAppOptions app, Func<string, Task<T>> call, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(app.AppId, (force, ct) => FetchTokenAsync(app, force, ct), cancellationToken);
        try
        {
            return await call(token);
        }
        catch (WeChatException e) when (e.IsTokenRejected)
        {
            var renewed = await tokens.RenewAsync(app.AppId, token, (force, ct) => FetchTokenAsync(app, force, ct), cancellationToken);
            return await call(renewed);
        }
    }

    private async Task<WeChatAccessToken> FetchTokenAsync(WeChatAppOptions app, bool forceRefresh, CancellationToken cancellationToken)
    {
        const string api = "stable_token";
        var body = new { grant_type = "client_credential", appid = app.AppId, secret = app.AppSecret, force_refresh = forceRefresh };
        using var json = await http.PostJsonAsync(api, app.AppId, "cgi-bin/stable_token", body, retrySafe: true, cancellationToken);
        var root = json.RootElement;
        var token = http.Required(api, app.AppId, root, "access_token");
        if (!root.TryGetProperty("expires_in", out var e) || !e.TryGetInt32(out var seconds) || seconds <= 0)
        {
            throw http.Fail(api, app.AppId, WeChatException.Transport, "malformed answer (no expires_in)");
        }

        return new WeChatAccessToken(token, clock.GetUtcNow().UtcDateTime.AddSeconds(seconds));
    }

    private static Dictionary<string, object> Values(IReadOnlyDictionary<string, string> data) =>
        data.ToDictionary(kv => kv.Key, kv => (object)new { value = kv.Value }, StringComparer.Ordinal);

    private static void CheckCode(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength || code.Any(char.IsControl))
        {
            throw new WeChatException(WeChatException.InvalidCode, "invalid code");
        }
    }

    private static string E(string value) => Uri.EscapeDataString(value);
}
