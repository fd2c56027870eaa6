using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ParkShare.Core.Json;
using Polly;

namespace ParkShare.Core.WeChat;

/// <summary>
/// The wire under <see cref="LiveWeChatClient"/>: sends through the "WeChat" HttpClient (timeouts and
/// safe retries live in its pipeline, its request logging is removed because WeChat's URLs carry
/// secret= and access_token=), turns every failure into a <see cref="WeChatException"/> and records it
/// in <see cref="WeChatHealth"/>. Logs name the API and errcode only.
/// </summary>
public sealed partial class WeChatHttp(IHttpClientFactory httpClients, WeChatHealth health, ILogger<WeChatHttp> logger)
{
    public const string ClientName = "WeChat";
    public const int MaxAnswerBytes = 4 * 1024 * 1024;

    /// <summary>Set on requests the pipeline may send again: ones that cannot deliver anything twice.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("ParkShare.WeChat.RetrySafe");

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<JsonDocument> GetJsonAsync(string api, string appId, string pathAndQuery, bool retrySafe, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        var answer = await SendAsync(api, appId, request, retrySafe, cancellationToken);
        return Parse(api, appId, answer.Body);
    }

    public async Task<JsonDocument> PostJsonAsync(string api, string appId, string pathAndQuery, object body, bool retrySafe, CancellationToken cancellationToken)
    {
        var answer = await PostAsync(api, appId, pathAndQuery, body, retrySafe, cancellationToken);
        return Parse(api, appId, answer.Body);
    }

    /// <summary>POSTs JSON and returns the raw answer (getwxacodeunlimit answers an image or JSON).</summary>
    public async Task<WeChatAnswer> PostAsync(string api, string appId, string pathAndQuery, object body, bool retrySafe, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return await SendAsync(api, appId, request, retrySafe, cancellationToken);
    }

    /// <summary>WeChat's JSON: a missing errcode means 0; anything but a JSON object is a transport failure.</summary>
    public JsonDocument Parse(string api, string appId, byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw Fail(api, appId, WeChatException.Transport, "malformed answer (not JSON)");
        }

        var root = document.RootElement;
        if (!JsonStrings.AreWellFormed(body))
        {
            document.Dispose();
            throw Fail(api, appId, WeChatException.Transport, "malformed answer (invalid string escape)");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw Fail(api, appId, WeChatException.Transport, "malformed answer (not a JSON object)");
        }

        if (!root.TryGetProperty("errcode", out var errcode) || errcode.ValueKind == JsonValueKind.Null)
        {
            return document;
        }

        if (errcode.ValueKind != JsonValueKind.Number || !errcode.TryGetInt32(out var code))
        {
            document.Dispose();
            throw Fail(api, appId, WeChatException.Transport, "malformed answer (errcode is not a number)");
        }

        if (code == 0)
        {
            return document;
        }

        var message = root.TryGetProperty("errmsg", out var errmsg) && errmsg.ValueKind == JsonValueKind.String ? errmsg.GetString() ?? "" : "";
        document.Dispose();
        throw Fail(api, appId, code, message);
    }

    public string Required(string api, string appId, JsonElement root, string name) =>
        Optional(root, name) ?? throw Fail(api, appId, WeChatException.Transport, $"malformed answer (no {name})");

    public static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>Records and logs a failed call and builds its exception (WeChat's errmsg never carries our secrets).</summary>
    public WeChatException Fail(string api, string appId, int errorCode, string message)
    {
        health.ApiFailed(api, appId, errorCode, message);
        LogFailed(logger, api, appId, errorCode, message);
        return new WeChatException(errorCode, $"WeChat {api} failed ({errorCode}): {message}");
    }

    private async Task<WeChatAnswer> SendAsync(string api, string appId, HttpRequestMessage request, bool retrySafe, CancellationToken cancellationToken)
    {
        request.Options.Set(RetrySafe, retrySafe);
        try
        {
            using var response = await httpClients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw Fail(api, appId, WeChatException.Transport, $"HTTP {(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new WeChatAnswer(response.Content.Headers.ContentType?.MediaType, body);
        }
        catch (HttpRequestException e)
        {
            // e.Message names host and port at most, never the query; still, only its kind is kept.
            throw Fail(api, appId, WeChatException.Transport, $"no answer ({e.HttpRequestError})");
        }
        catch (ExecutionRejectedException)
        {
            throw Fail(api, appId, WeChatException.Transport, "timed out");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(api, appId, WeChatException.Transport, "timed out");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat {Api} for app {AppId} failed with errcode {ErrorCode}: {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, string api, string appId, int errorCode, string errorMessage);
}
