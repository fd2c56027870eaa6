using Microsoft.AspNetCore.Http;

namespace ParkShare.Tests.Fakes;

/// <summary>The injected faults: answered before the endpoint runs (Slow delays, then lets it run).</summary>
public sealed partial class FakeWeChatServer
{
    private async Task<bool> ApplyFaultAsync(HttpContext context, WeChatFault? fault)
    {
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
                await Error(code, message).ExecuteAsync(context);
                return true;
        }
    }
}
