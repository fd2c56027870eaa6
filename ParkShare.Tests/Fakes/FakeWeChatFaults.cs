using Microsoft.AspNetCore.Http;

namespace ParkShare.Tests.Fakes;

/// <summary>The injected faults, queued per endpoint and answered before the endpoint runs (Slow delays, then lets it run).</summary>
public sealed class FakeWeChatFaults
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<WeChatFault>> _queues = new(StringComparer.Ordinal);

    /// <summary>How long a <see cref="WeChatFault.Slow"/> answer waits.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(3);

    public void Enqueue(string endpoint, WeChatFault fault, int times)
    {
        lock (_gate)
        {
            var queue = _queues.TryGetValue(endpoint, out var q) ? q : _queues[endpoint] = new Queue<WeChatFault>();
            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Answers the endpoint's next queued fault, if any; true when that answer ends the request.</summary>
    public async Task<bool> AnswerNextAsync(HttpContext context, string endpoint)
    {
        WeChatFault? fault;
        lock (_gate)
        {
            fault = _queues.TryGetValue(endpoint, out var queue) && queue.TryDequeue(out var next) ? next : null;
        }

        switch (fault)
        {
            case null:
                return false;
            case WeChatFault.Slow:
                await Task.Delay(SlowDelay, context.RequestAborted);
                return false;
            case WeChatFault.DropConnection:
                context.Abort();
                return true;
            case WeChatFault.ServerError:
                context.Response.StatusCode = 502;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>502 Bad Gateway</body></html>");
                return true;
            case WeChatFault.MalformedJson:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"errcode\":0,\"openid\":\"o6_bmjrPTlm6_2sgV");
                return true;
            case WeChatFault.ErrorAsImage:
                context.Response.ContentType = "image/jpeg";
                await context.Response.WriteAsync("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");
                return true;
            default:
                var (code, message) = fault switch
                {
                    WeChatFault.ExpiredToken => (42001, "access_token expired"),
                    WeChatFault.InvalidToken => (40001, "invalid credential, access_token is invalid or not latest"),
                    WeChatFault.Busy => (-1, "system error"),
                    WeChatFault.RateLimited => (45011, "api minute-quota reach limit"),
                    WeChatFault.SubscriptionRefused => (43101, "user refuse to accept the msg"),
                    _ => (43004, "require subscribe"),
                };
                await FakeWeChatEndpoints.Error(code, message).ExecuteAsync(context);
                return true;
        }
    }
}
